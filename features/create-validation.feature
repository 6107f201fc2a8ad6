@create @validation
Feature: Create requests that break the contract
  For every required parameter and every typed or enumerated field of a create request
  (schemas/create-request.schema.json), a request that breaks it is rejected and creates no number.
  The docs leave the status of a validation failure open, so any 4xx will do.

  The rows are derived from the schema (a unit test fails when they drift apart). A missing
  required parameter and a value outside a documented list break what the docs state; a value of
  another type is the simulator's strictness (a lenient service might convert "5" to 5), so those
  rows are @convention. A constraint the documents state for one case only is broken in that case:
  the country is sent on a Local number, since a country is for Local numbers only.

  Scenario Outline: A create request whose <field> <breakage> is rejected
    When I try to create a number for the first campaign whose <field> <breakage>
    Then the request is rejected
    And no number was created

    @documented @mutating
    Examples: required parameters and documented lists of values
      | field                            | breakage                 |
      | number                           | is missing               |
      | type                             | is not one of its values |
      | country                          | is not one of its values |
      | afid                             | is missing               |
      | cid                              | is missing               |
      | voice_gender                     | is not one of its values |
      | timers_attributes[].seconds      | is missing               |
      | timers_attributes[].url          | is missing               |
      | menu_options_attributes[].option | is missing               |
      | menu_options_attributes[].option | is not one of its values |

    @convention @mutating
    Examples: values of another type
      | field                                   | breakage          |
      | number                                  | is not an object  |
      | desired_text                            | is not a string   |
      | afid                                    | is not a string   |
      | cid                                     | is not a string   |
      | sid                                     | is not a string   |
      | destroy_nested                          | is not a boolean  |
      | message                                 | is not a string   |
      | message_file_b64_data                   | is not a string   |
      | message_file_b64_filename               | is not a string   |
      | repeat                                  | is not an integer |
      | timers_attributes                       | is not an array   |
      | timers_attributes[].id                  | is not an integer |
      | timers_attributes[].seconds             | is not an integer |
      | timers_attributes[].url                 | is not a string   |
      | menu_options_attributes                 | is not an array   |
      | menu_options_attributes[].id            | is not an integer |
      | menu_options_attributes[].target_number | is not a string   |
      | menu_options_attributes[].target_cid    | is not a string   |

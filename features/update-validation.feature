@update @validation
Feature: Update requests that break the contract
  For every required parameter and every typed or enumerated field of an update request
  (schemas/update-request.schema.json), a request that breaks it is rejected and leaves the number
  as it was. The docs leave the status of a validation failure open, so any 4xx will do.

  The rows are derived from the schema, like the create request's; the rows with values of
  another type are tagged @convention. A number's type and country are chosen when it is bought
  and the PUT section documents no parameters, so a service may also drop them from an update
  unread, as long as the number stays as it was: refusing them is the simulator's choice.

  Background:
    Given a number for the first campaign

  Scenario Outline: An update request whose <field> <breakage> is rejected
    When I try to update the number so that its <field> <breakage>
    Then the request is rejected
    And the number is unchanged

    @documented @mutating
    Examples: required parameters and documented lists of values
      | field                            | breakage                 |
      | number                           | is missing               |
      | voice_gender                     | is not one of its values |
      | timers_attributes[].seconds      | is missing               |
      | timers_attributes[].url          | is missing               |
      | menu_options_attributes[].option | is missing               |
      | menu_options_attributes[].option | is not one of its values |

    @convention @mutating
    Examples: what a number is bought with, which the simulator refuses to change
      | field   | breakage                 |
      | type    | is not one of its values |
      | country | is not one of its values |

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

  Scenario Outline: An update request whose <field> <breakage> is rejected or ignored
    When I try to update the number so that its <field> <breakage>
    Then the request is rejected or ignored
    And the number is unchanged

    @documented @mutating
    Examples: what a number is bought with
      | field   | breakage                 |
      | type    | is not one of its values |
      | country | is not one of its values |

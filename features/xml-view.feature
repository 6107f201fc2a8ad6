@formats @xml
Feature: The XML view, field by field
  The .xml format carries what the .json format carries, Rails-style: every field under its JSON
  name with dashes for underscores (toll_free as <toll-free>), whole numbers marked
  type="integer", true and false type="boolean", times type="datetime" and lists type="array".
  Nothing more and nothing less. How the items of a list inside a number are named is not
  documented, so only their fields are compared.

  @documented @mutating
  Scenario: A number in XML carries every field of its JSON
    Given a number for the first campaign with a timer at 30 seconds calling "http://tracker.example.com/thirty"
    When I ask for the number in JSON and in XML
    Then the XML carries every field of the JSON, under its dashed name and its type

  @documented @readonly
  Scenario: A page of the list in XML carries the page in JSON
    When I ask for the first page of the list in JSON and in XML
    Then the XML carries every field of the JSON, under its dashed name and its type

  @documented @mutating
  Scenario: The search in XML carries the search in JSON
    Given a number for the first campaign with menu option "2" forwarding to "+18885550124"
    When I ask for the number's search in JSON and in XML
    Then the XML carries every field of the JSON, under its dashed name and its type

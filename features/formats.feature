@formats
Feature: JSON and XML
  Every endpoint ends in .json (answered as application/json) or .xml (answered as Rails-style
  XML: dashed names, typed elements, arrays marked type="array"; as text/xml or application/xml,
  which RFC 7303 makes the same media type). Any other format is answered 406 Not Acceptable.

  @documented @readonly
  Scenario: The list in JSON
    When I list the numbers as JSON
    Then the answer is 200 OK
    And the answer is JSON

  @documented @readonly
  Scenario: The list in XML
    When I list the numbers as XML
    Then the answer is 200 OK
    And the answer is Rails-style XML with the root element "numbers"

  @documented @mutating
  Scenario: A number reads the same in JSON and in XML
    Given a number for the first campaign
    When I show the number as JSON and as XML
    Then the XML answer is Rails-style XML with the root element "number"
    And both answers carry the same number

  @documented @mutating
  Scenario: The search in XML
    Given a number for the first campaign
    When I search as XML for the first campaign, our affiliate and the number's sub id
    Then the answer is 200 OK
    And the answer is Rails-style XML with the root element "numbers"
    And the answer lists the number and no other

  @documented @mutating
  Scenario: Create, update and delete answer in XML when asked
    When I create a number for the first campaign, asking for XML
    Then the number is created
    And the answer is Rails-style XML with the root element "number"
    When I change its sub id, asking for XML
    Then the number is updated
    When I delete the number, asking for XML
    Then the number is deleted

  @documented @readonly
  Scenario Outline: Any other format is not served
    When I list the numbers as <format>
    Then the answer is 406 Not Acceptable

    Examples:
      | format |
      | csv    |
      | html   |
      | yaml   |

  @documented @mutating
  Scenario: Showing, changing, deleting and creating in another format is not served
    Given a number for the first campaign
    When I show the number as csv
    Then the answer is 406 Not Acceptable
    When I change its sub id, asking for csv
    Then the answer is 406 Not Acceptable
    When I delete the number, asking for csv
    Then the answer is 406 Not Acceptable
    And showing it answers the same number
    When I try to create a number for the first campaign, asking for csv
    Then the answer is 406 Not Acceptable
    And no number was created

  @documented @readonly
  Scenario: The search in another format is not served
    When I search as csv for the first campaign, our affiliate and a sub id nobody uses
    Then the answer is 406 Not Acceptable

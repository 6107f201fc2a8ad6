@list
Feature: List the numbers
  GET /numbers.json answers the company's numbers, a page of at most 25 at a time.

  @documented @readonly
  Scenario: The list answers a page of numbers
    When I list the numbers
    Then the answer is 200 OK
    And the answer is a list of at most 25 numbers

  @documented @mutating
  Scenario: A new number appears in the list as it is shown
    Given a number for the first campaign
    When I look through every page of the list
    Then the number is listed as it is shown

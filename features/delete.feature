@delete
Feature: Delete a number
  DELETE /numbers/ID.json releases a number (the real service deprovisions it within 24 hours).

  @documented @mutating
  Scenario: A deleted number is gone
    Given a number for the first campaign
    When I delete the number
    Then the number is deleted
    And the number can no longer be shown
    And searching for it finds nothing

  @documented @mutating
  Scenario: A number that does not exist cannot be deleted
    When I delete a number that does not exist
    Then the answer is 404 Not Found

  @convention @mutating
  Scenario: The simulator answers a delete with 204 and no body
    Given a number for the first campaign
    When I delete the number
    Then the answer is 204 No Content
    And the answer has no body

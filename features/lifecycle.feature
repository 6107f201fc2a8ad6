@lifecycle
Feature: Every view tells the same story
  After every step that creates, changes or deletes a number, the suite's state oracle looks at
  that number through every view: show, the XML show, the search by its campaign, affiliate and
  sub id, and the page of the list that holds it. Each must show what the request must have done
  and nothing else: what a create sent and the documented defaults, only the attributes an update
  named, a deleted number nowhere. These scenarios walk a number through its life; the oracle
  watches every other scenario that changes numbers too (see the README).

  The documents say an id names a number, not that a deleted number's id is never handed out
  again: that is only our choice, so its scenario is tagged @convention, and the state oracle holds
  a number to it only in the scenarios tagged so.

  @documented @mutating
  Scenario: Every view shows an update, and nothing it did not name
    Given a number for the first campaign with menu option "1" forwarding to "+18885550123"
    When I change its sub id
    Then the number is updated
    And showing it answers the new sub id and everything else as before

  @documented @mutating
  Scenario: A deleted number is gone from every view
    Given a number for the first campaign
    When I delete the number
    Then the number is deleted
    And the number can no longer be shown
    And searching for it finds nothing
    And no page of the list holds the number

  @convention @mutating
  Scenario: A deleted number's id is not handed out again
    Given a number for the first campaign
    When I delete the number
    And I create a number for the first campaign
    Then the number is created
    And it has a new id, not the deleted number's

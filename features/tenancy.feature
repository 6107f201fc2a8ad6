@tenancy
Feature: Another tenant's numbers are out of reach
  A key sees and changes only the numbers of the company it acts on. These scenarios need a second
  tenant: another key (--other-api-key), another company (--other-company-id), or both, with the
  same two campaigns (--cid). Without one they are skipped.

  The documents do not say how a request for another tenant's number is refused: 403 (a company
  the key may not act on) and 404 (no such number, as this tenant sees it) both keep it out of
  reach. A search or list may also answer 200, as long as the number is not in it.

  Background:
    Given a second tenant is configured

  @documented @mutating
  Scenario: Another tenant's number cannot be shown
    Given the other tenant has a number for the first campaign
    When I show the number
    Then the answer keeps the number out of reach

  @documented @mutating
  Scenario: Another tenant's number is on no page of my list
    Given the other tenant has a number for the first campaign
    Then no page of the list holds the number

  @documented @mutating
  Scenario: My search does not find another tenant's number
    Given the other tenant has a number for the first campaign
    When I search for the number's campaign, affiliate and sub id
    Then the answer keeps the number out of reach

  @documented @mutating
  Scenario: Another tenant's number cannot be changed
    Given the other tenant has a number for the first campaign
    When I change its sub id
    Then the answer keeps the number out of reach
    And the other tenant sees the number unchanged

  @documented @mutating
  Scenario: Another tenant's number cannot be deleted
    Given the other tenant has a number for the first campaign
    When I delete the number
    Then the answer keeps the number out of reach
    And the other tenant sees the number unchanged

  @documented @mutating
  Scenario: My numbers are out of the other tenant's reach too
    Given a number for the first campaign
    When the other tenant shows the number
    Then the answer keeps the number out of reach
    When the other tenant changes its sub id
    Then the answer keeps the number out of reach
    And showing it answers the same number

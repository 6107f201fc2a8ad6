@search
Feature: Every search criterion counts
  The search path names a campaign, an affiliate and a sub id, and answers the numbers that match
  all three. Two numbers that differ in one criterion alone are found apart, whichever criterion
  it is: a search that ignored it would find both.

  To vary the affiliate alone, the suite creates a number for an affiliate of its own making: an
  affiliate the service does not know yet is created with its number.

  @documented @mutating
  Scenario Outline: Two numbers that differ only in their <criterion> are found apart
    Given two numbers that differ only in their <criterion>
    When I search for the first of them by its campaign, affiliate and sub id
    Then the search finds the first of them and not the second
    When I search for the second of them by its campaign, affiliate and sub id
    Then the search finds the second of them and not the first

    Examples:
      | criterion |
      | campaign  |
      | affiliate |
      | sub id    |

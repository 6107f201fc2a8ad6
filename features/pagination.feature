@pagination
Feature: Pagination
  The list answers at most 25 numbers a page; ?page=N picks a page (the first is 1). A Link header
  names the first, previous, next and last pages where they apply, keeping the request's other
  query parameters (the API key among them). Where "first" and "last" apply is not said: a page
  with a page after it names the next one and a page after the first names the previous one, and
  naming the first and the last page on every page is the simulator's choice.

  @documented @readonly
  Scenario: A page holds at most 25 numbers
    When I list the numbers
    Then the answer is a list of at most 25 numbers

  @documented @readonly
  Scenario: Page 1 is the first page
    When I list the numbers
    And I list page 1 of the numbers
    Then both pages hold the same numbers

  @documented @readonly
  Scenario: The links lead through every page once
    When I follow the next links from the first page to the last
    Then no page holds more than 25 numbers
    And no number appears on two pages
    And every page after the first links back to the one before it
    And the page the first page's Link header calls last, if it names one, is the last page

  @documented @mutating
  Scenario: More than 25 numbers span several pages
    Given there are more than 25 numbers
    When I list the numbers
    Then the answer is a list of 25 numbers
    And the Link header names the next page
    When I follow the next link
    Then the answer is a list of at most 25 numbers
    And the Link header names the previous page
    And no number of the first page is on this page

  @convention @mutating
  Scenario: The simulator names the first and the last page on every page
    Given there are more than 25 numbers
    When I list the numbers
    Then the Link header names the first, the next and the last page
    When I follow the next link
    Then the Link header names the first, the previous and the last page

  @convention @mutating
  Scenario: The simulator pages search results like the list
    Given 26 numbers for the first campaign with one sub id
    When I search for the first campaign, our affiliate and that sub id
    Then the answer is a list of 25 numbers
    And the Link header names the first, the next and the last page
    When I follow the next link
    Then the answer is a list of 1 numbers

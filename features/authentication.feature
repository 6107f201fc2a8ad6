@authentication
Feature: Authentication and companies
  Every request carries the API key, as the query parameter api_key or as a node api_key at the
  root of a JSON body. A reseller also names the company with company_id (query parameter or root
  node); without it a request acts on the key's default company. A missing or wrong key is
  answered 401; a company the key may not act on, 403.

  These scenarios run when the target is configured with an API key (--api-key); the ones about
  company_id also need --company-id.

  @documented @readonly
  Scenario: A request without an API key is refused
    Given the target requires an API key
    When I list the numbers without an API key
    Then the answer is 401 Unauthorized

  @documented @readonly
  Scenario: A request with a wrong API key is refused
    Given the target requires an API key
    When I list the numbers with a wrong API key
    Then the answer is 401 Unauthorized

  @documented @readonly
  Scenario: Searching and showing need the API key too
    Given the target requires an API key
    When I search for the first campaign, our affiliate and a sub id nobody uses, without an API key
    Then the answer is 401 Unauthorized
    When I show a number that does not exist, without an API key
    Then the answer is 401 Unauthorized

  @documented @mutating
  Scenario: Creating without an API key is refused and creates nothing
    Given the target requires an API key
    When I try to create a number for the first campaign without an API key
    Then the answer is 401 Unauthorized
    And no number was created

  @documented @mutating
  Scenario: Changing and deleting need the API key too, and change nothing without it
    Given the target requires an API key
    And a number for the first campaign
    When I change its sub id without an API key
    Then the answer is 401 Unauthorized
    When I delete the number without an API key
    Then the answer is 401 Unauthorized
    And showing it answers the same number

  @documented @mutating
  Scenario: The API key may be sent at the root of the body
    Given the target requires an API key
    When I create a number for the first campaign with the API key in the body
    Then the number is created
    When I change its sub id with the API key in the body
    Then the number is updated

  @documented @readonly
  Scenario: A company the key may not act on is refused
    Given the target requires an API key
    When I list the numbers of a company the key may not act on
    Then the answer is 403 Forbidden
    When I search for the first campaign, our affiliate and a sub id nobody uses, for a company the key may not act on
    Then the answer is 403 Forbidden

  @documented @mutating
  Scenario: A number cannot be reached through a company the key may not act on
    Given the target requires an API key
    And a number for the first campaign
    When I show the number for a company the key may not act on
    Then the answer is 403 Forbidden
    When I change its sub id for a company the key may not act on
    Then the answer is 403 Forbidden
    When I delete the number for a company the key may not act on
    Then the answer is 403 Forbidden
    When I try to create a number for the first campaign for a company the key may not act on
    Then the answer is 403 Forbidden
    And no number was created
    And showing it answers the same number

  @documented @readonly
  Scenario: The company may be named as a query parameter
    Given the target requires an API key
    And a company id is configured
    When I list the numbers naming the company
    Then the answer is 200 OK

  @documented @mutating
  Scenario: The company may be named at the root of the body
    Given the target requires an API key
    And a company id is configured
    When I create a number for the first campaign naming the company in the body
    Then the number is created
    When I change its sub id with the API key in the body
    Then the number is updated

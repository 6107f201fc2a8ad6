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
  Scenario: The API key may be sent at the root of the body
    Given the target requires an API key
    When I create a number for the first campaign with the API key in the body
    Then the number is created

  @documented @readonly
  Scenario: A company the key may not act on is refused
    Given the target requires an API key
    When I list the numbers of a company the key may not act on
    Then the answer is 403 Forbidden

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

@errors
Feature: Errors
  The service documents 400 bad request, 401, 403, 404 not found, 405 method not allowed, 406 not
  acceptable, 410 gone, 429 too many requests, 500 and 503. Error bodies are "some JSON"; their
  shape and the status of a validation failure are not documented, so the @documented scenarios
  accept any 4xx where the docs leave it open, and only the @convention scenarios check the
  simulator's error body (schemas/error.schema.json).

  @documented @readonly
  Scenario: An error in JSON is answered in JSON
    When I show a number that does not exist
    Then the answer is 404 Not Found
    And the answer's body, if any, is JSON

  @documented @mutating
  Scenario: A malformed body is refused and creates nothing
    When I try to create a number with a body that is not JSON
    Then the request is rejected
    And no number was created

  @documented @mutating
  Scenario: A malformed update body is refused and changes nothing
    Given a number for the first campaign
    When I try to update the number with a body that is not JSON
    Then the request is rejected
    And showing it answers the same number

  @documented @mutating
  Scenario: A method the API does not serve is refused
    When I send POST to the search path of the first campaign, our affiliate and a sub id nobody uses
    Then the request is rejected as not allowed or not found
    And no number was created

  @convention @mutating
  Scenario: The simulator answers a malformed body with 400 and its error body
    When I try to create a number with a body that is not JSON
    Then the answer is 400 Bad Request
    And the answer is the simulator's error body

  @convention @mutating
  Scenario: The simulator answers a malformed update body with 400 and its error body
    Given a number for the first campaign
    When I try to update the number with a body that is not JSON
    Then the answer is 400 Bad Request
    And the answer is the simulator's error body

  @convention @mutating
  Scenario: The simulator answers a validation failure with 422, naming the field
    When I try to create a number for the first campaign without an afid
    Then the answer is 422 Unprocessable Entity
    And the answer is the simulator's error body
    And the error names the field "/number/afid"

  @convention @mutating
  Scenario: The simulator answers a method it does not serve with 405 and the allowed methods
    When I send POST to the search path of the first campaign, our affiliate and a sub id nobody uses
    Then the answer is 405 Method Not Allowed
    And the answer's Allow header says "GET"
    And the answer is the simulator's error body

@show
Feature: Show a number
  GET /numbers/ID.json answers one number by the service's own id, with all its settings.

  @documented @mutating
  Scenario: Showing a number answers every documented field
    Given a number for the first campaign
    When I show the number
    Then the answer is 200 OK
    And it belongs to the first campaign, our affiliate and the sub id I gave
    And it has an id and its creation and update times
    And its phone number is in E.164 form
    And it says whether it is toll-free and whether it uses its campaign's settings
    And its greeting says whether it is inherited
    And each of its timers has an id, seconds, a URL and whether it is inherited
    And each of its menu options has an id, an option, a target and whether it is inherited

  @documented @mutating
  Scenario: A number with settings of its own shows them
    Given a number for the first campaign with the greeting "Welcome to the demo line." read by a Male voice
    When I show the number
    Then the answer is 200 OK
    And its greeting is the message "Welcome to the demo line." read by a Male voice
    And its greeting is its own, not the campaign's

  @documented @readonly
  Scenario: A number that does not exist is not found
    When I show a number that does not exist
    Then the answer is 404 Not Found

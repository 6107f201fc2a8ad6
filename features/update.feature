@update
Feature: Update a number
  PUT /numbers/ID.json changes only the attributes it is given. Nested timers and menu options
  given with an id are changed in place, those without one are added, and with destroy_nested the
  number's old ones are removed first.

  @documented @mutating
  Scenario: An update changes only the attributes passed
    Given a number for the first campaign
    When I change its sub id
    Then the number is updated
    And an answer with a body shows the new sub id
    And showing it answers the new sub id and everything else as before

  @documented @mutating
  Scenario: A number moves to another campaign
    Given a number for the first campaign
    When I move it to the second campaign
    Then the number is updated
    And showing it answers the second campaign

  @documented @mutating
  Scenario: A number changes its affiliate
    Given a number for the first campaign
    When I change its affiliate to a new one
    Then the number is updated
    And showing it answers the new affiliate

  @documented @mutating
  Scenario: A number gets a greeting of its own
    Given a number for the first campaign
    When I give it the greeting "We moved. Press one to be connected." read by a Female voice
    Then the number is updated
    And showing it answers the greeting "We moved. Press one to be connected." read by a Female voice, of its own

  @documented @mutating
  Scenario: A number gets an audio greeting
    Given a number for the first campaign
    When I give it the audio greeting "spring.wav" sent as Base64
    Then the number is updated
    And showing it answers the audio greeting "spring.wav", of its own

  @documented @mutating
  Scenario: A number gets an uploaded audio greeting
    Given a number for the first campaign
    When I upload the audio greeting "summer.wav" for it
    Then the number is updated
    And showing it answers the audio greeting "summer.wav", of its own

  @documented @mutating
  Scenario: A timer without an id is added
    Given a number for the first campaign with a timer at 0 seconds calling "http://tracker.example.com/start"
    When I add a timer at 30 seconds calling "http://tracker.example.com/thirty"
    Then the number is updated
    And showing it answers a timer at 0 seconds calling "http://tracker.example.com/start"
    And showing it answers a timer at 30 seconds calling "http://tracker.example.com/thirty"

  @documented @mutating
  Scenario: A timer given with its id is changed in place
    Given a number for the first campaign with a timer at 0 seconds calling "http://tracker.example.com/start"
    When I change its timer at 0 seconds to fire at 10 seconds calling "http://tracker.example.com/ten"
    Then the number is updated
    And showing it answers the same timer, now at 10 seconds calling "http://tracker.example.com/ten"

  @documented @mutating
  Scenario: A menu option without an id is added, one with its id is changed in place
    Given a number for the first campaign with menu option "1" forwarding to "+18885550123"
    When I add menu option "2" forwarding to "+18885550124"
    And I change its menu option "1" to forward to the second campaign
    Then showing it answers menu option "2" forwarding to "+18885550124"
    And showing it answers the same menu option "1", now forwarding to the second campaign

  @documented @mutating
  Scenario: With destroy_nested the old timers and menu options go first
    Given a number for the first campaign with a timer at 0 seconds calling "http://tracker.example.com/start"
    When I replace its timers and menu options with a timer at 60 seconds calling "http://tracker.example.com/minute"
    Then the number is updated
    And showing it answers a timer at 60 seconds calling "http://tracker.example.com/minute"
    And showing it answers none of its old timers and menu options

  @documented @mutating
  Scenario: A number that does not exist cannot be updated
    When I update a number that does not exist
    Then the answer is 404 Not Found

  @convention @mutating
  Scenario: The simulator answers an update with 200 and the changed number
    Given a number for the first campaign
    When I change its sub id
    Then the answer is 200 OK
    And the answer carries the number
    And an answer with a body shows the new sub id

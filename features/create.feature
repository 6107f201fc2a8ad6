@create
Feature: Create a number
  A company buys a phone number for one of its campaigns with POST /numbers.json. The number
  starts with its campaign's greeting, timers and menu options unless the request overrides them.

  The campaigns are the two named with --cid (by default 0001 and 111); "our affiliate" is the one
  named with --afid (by default 0002). Every number a scenario creates is deleted after it.

  @documented @mutating
  Scenario: A toll-free number for a campaign, with a vanity word
    When I create a toll-free number for the first campaign with desired text DEBUG
    Then the number is created
    And it is a toll-free number
    And it belongs to the first campaign, our affiliate and the sub id I gave
    And its phone number is in E.164 form
    And it has an id and its creation and update times

  @documented @mutating
  Scenario: A number is toll-free unless asked otherwise
    When I create a number for the first campaign without saying its type
    Then the number is created
    And it is a toll-free number

  @documented @mutating
  Scenario Outline: A local number in one of the supported countries
    When I create a local number in <country> for the first campaign
    Then the number is created
    And it is a local number
    And its phone number is in E.164 form

    Examples:
      | country |
      | US      |
      | GB      |

  @documented @mutating
  Scenario: A new number uses its campaign's settings
    When I create a number for the first campaign
    Then the number is created
    And it uses its campaign's settings
    And its greeting, timers and menu options are inherited from the campaign

  @documented @mutating
  Scenario: Inherited timers and menu options get ids of their own
    Given a number for the first campaign
    And another number for the first campaign
    Then the two numbers share no timer or menu option ids

  @documented @mutating
  Scenario: An affiliate the service does not know yet is created with the number
    When I create a number for the first campaign for a new affiliate
    Then the number is created
    And it belongs to the new affiliate

  @documented @mutating
  Scenario: A text-to-speech greeting of its own
    When I create a number for the first campaign with the greeting "Thanks for calling. Press one to continue." read by a Female voice
    Then the number is created
    And its greeting is the message "Thanks for calling. Press one to continue." read by a Female voice
    And its greeting is its own, not the campaign's

  @documented @mutating
  Scenario: The greeting is read by a male voice unless asked otherwise
    When I create a number for the first campaign with the greeting "Press one to continue."
    Then the number is created
    And its greeting is the message "Press one to continue." read by a Male voice

  @documented @mutating
  Scenario: The greeting may be repeated; the repeat count is not answered
    When I create a number for the first campaign with its greeting repeated 2 times
    Then the number is created
    And the answer does not mention the repeat count

  @documented @mutating
  Scenario: An audio greeting sent as Base64
    When I create a number for the first campaign with the audio greeting "memo.wav" sent as Base64
    Then the number is created
    And its greeting is the audio file "memo.wav"
    And its greeting is its own, not the campaign's

  @documented @mutating
  Scenario: An audio greeting uploaded as a file
    When I create a number for the first campaign uploading the audio greeting "hello.wav"
    Then the number is created
    And its greeting is the audio file "hello.wav"
    And its greeting is its own, not the campaign's

  @documented @mutating
  Scenario: Timers of its own
    When I create a number for the first campaign with these timers:
      | seconds | url                                                       |
      | 0       | http://tracker.example.com/click?cid=[campaign_id]        |
      | 30      | http://tracker.example.com/pixel?duration=[call_duration] |
    Then the number is created
    And it has these timers of its own:
      | seconds | url                                                       |
      | 0       | http://tracker.example.com/click?cid=[campaign_id]        |
      | 30      | http://tracker.example.com/pixel?duration=[call_duration] |

  @documented @mutating
  Scenario: Menu options of its own, forwarding to a phone number or to a campaign
    When I create a number for the first campaign with these menu options:
      | option | forwards to         |
      | 1      | +18885550123        |
      | 2      | the second campaign |
    Then the number is created
    And it has these menu options of its own:
      | option | forwards to         |
      | 1      | +18885550123        |
      | 2      | the second campaign |

  @documented @mutating
  Scenario: A menu option's campaign wins over its phone number
    When I create a number for the first campaign whose menu option 1 forwards to +18885550123 and to the second campaign
    Then the number is created
    And its menu option 1 forwards to the second campaign

  @documented @mutating
  Scenario: A menu option cannot forward to a campaign that does not exist
    When I try to create a number for the first campaign whose menu option 1 forwards to a campaign that does not exist
    Then the request is rejected
    And no number was created

  @documented @mutating
  Scenario: Replacing nested items on create leaves only the ones given
    When I create a number for the first campaign replacing nested items, with these timers:
      | seconds | url                                  |
      | 15      | http://tracker.example.com/15-second |
    Then the number is created
    And it has these timers of its own:
      | seconds | url                                  |
      | 15      | http://tracker.example.com/15-second |
    And it has no other timers

  @documented @mutating
  Scenario: The campaign must already exist
    When I try to create a number for a campaign that does not exist
    Then the request is rejected
    And no number was created

  @documented @mutating
  Scenario: A created number can be shown as it was answered
    When I create a number for the first campaign
    Then the number is created
    And showing it answers the same number

  @convention @mutating
  Scenario: The simulator answers a create with 201 Created and the number
    When I create a number for the first campaign
    Then the answer is 201 Created
    And the answer carries the number

@must @REQ-INC-001
Feature: Incident submission through the self-service portal
  Callers report what is wrong through the portal. The desk records the details,
  categorises the incident by service, sets its priority from impact and urgency,
  and acknowledges it by e-mail so the caller knows it was received.

  Background:
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office

  @REQ-INC-002 @REQ-INC-004
  Scenario: A caller whose e-mail client fails reports it through the portal
    When Priya reports an incident:
      | summary     | Outlook email client closes as soon as it opens       |
      | description | Since this morning Outlook crashes on start on my PC. |
      | impact      | Medium                                                |
      | urgency     | High                                                  |
    Then the incident is categorised as "Software / Email"
    And it is assigned to the "Messaging Support" group
    And its priority is "P2 - High"
    And its state is "New"
    And Priya receives an acknowledgement e-mail naming the incident number

  @REQ-INC-003
  Scenario Outline: The priority follows the impact and urgency matrix
    When Priya reports "<summary>" with impact <impact> and urgency <urgency>
    Then its priority is "<priority>"

    Examples:
      | summary                              | impact | urgency | priority      |
      | Whole office cannot send email       | High   | High    | P1 - Critical |
      | Trading floor VPN drops every hour   | High   | Medium  | P2 - High     |
      | Printer queue stuck for the building | High   | Low     | P3 - Moderate |
      | Laptop will not boot before a pitch  | Medium | High    | P2 - High     |
      | Laptop screen flickers               | Medium | Medium  | P3 - Moderate |
      | Team calendar shows wrong time zone  | Medium | Low     | P4 - Low      |
      | Password expires during month end    | Low    | High    | P3 - Moderate |
      | Mouse double-clicks now and then     | Low    | Medium  | P4 - Low      |
      | Request a larger mailbox quota       | Low    | Low     | P5 - Planning |

  @REQ-KB-002 @needs-knowledge
  Scenario: The portal suggests knowledge articles for what the caller describes
    When Priya describes her problem as "VPN keeps disconnecting"
    Then she is offered an article about "VPN"

  @REQ-INC-005 @api-only @needs-inbound-email
  Scenario: An e-mail to the desk raises an incident the same way
    # api-only: the caller's channel here is e-mail, neither the portal nor the API, so the
    # scenario runs once; the desk receives a real RFC 822 message.
    When Priya e-mails the desk "Outlook email keeps crashing on start"
    Then the incident is categorised as "Software / Email"
    And Priya receives an acknowledgement e-mail naming the incident number

  @REQ-INC-006
  Scenario: A desk phone fault cannot be sent without its asset tag
    When Priya tries to report an incident:
      | summary | Desk phone headset crackles on every call |
      | impact  | Low                                       |
      | urgency | Medium                                    |
    Then the desk refuses, naming "Asset tag"

  @REQ-INC-007
  Scenario: The asset tag is captured with a desk phone fault
    When Priya reports an incident:
      | summary   | Desk phone headset crackles on every call |
      | impact    | Low                                       |
      | urgency   | Medium                                    |
      | Asset tag | AT-20417                                  |
    Then the incident is categorised as "Hardware / Desk phone"
    And its "Asset tag" is "AT-20417"

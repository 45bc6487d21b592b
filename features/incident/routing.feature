@must
Feature: Routing and assignment
  A new incident reaches the team that owns its service without anyone sorting the queue,
  and inside the team the work goes to the right person: by skill, by the caller's office
  and by workload. Every reassignment is on the record.

  Background:
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office

  @REQ-RTE-001
  Scenario Outline: Each service is routed to the team that owns it
    When Priya reports "<summary>" with impact Medium and urgency Medium
    Then the incident is categorised as "<service>"
    And it is assigned to the "<group>" group

    Examples:
      | summary                                    | service                  | group              |
      | Outlook email client will not open         | Software / Email         | Messaging Support  |
      | Laptop screen stays black after docking    | Hardware / Laptop        | Desktop Support    |
      | VPN disconnects every ten minutes          | Network / VPN            | Network Operations |
      | Password expired and account is locked     | Access / Password reset  | Service Desk       |

  @REQ-RTE-002
  Scenario: A software fault affecting several users goes to the owning team's least loaded agent
    Given Sam and Alex, agents in the "Messaging Support" group
    And Sam already works on 2 incidents
    And Alex already works on 1 incident
    When Priya reports "Shared mailbox email not syncing for the whole team" with impact Medium and urgency High
    And the service desk dispatches the incident within its group
    Then it is assigned to the "Messaging Support" group
    And it is assigned to Alex

  @REQ-RTE-003
  Scenario: An agent moves an incident to another team and the move is recorded
    Given Sam, an agent in the "Messaging Support" group
    When Priya reports "Email attachments blocked by the VPN proxy" with impact Low and urgency Medium
    And Sam reassigns the incident to the "Network Operations" group
    Then it is assigned to the "Network Operations" group
    And the timeline records the assignment group changing from "Messaging Support" to "Network Operations"

@must @needs-major-incident
Feature: Major incident
  A complex outage needs the networking and software teams together. A major incident
  manager declares it, links the incidents it causes, keeps stakeholders informed by e-mail
  and chat on a cadence, and resolving it resolves every child. The timeline is the record
  the post-incident review starts from.

  Background:
    Given it is Tuesday 11 March 2025 at 10:00
    And Priya, a caller in Finance at the London office
    And Omar, a caller in Sales at the Leeds office
    And Maya, a major incident manager
    And Sam, an agent in the "Network Operations" group
    And Priya has reported "Cannot reach the finance application over VPN" with impact High and urgency High

  @REQ-MIM-001
  Scenario: A major incident manager declares a major incident and links the children
    When Maya declares a major incident "VPN concentrator failure" from Priya's incident
    And Omar reports "VPN will not connect from the Leeds office" with impact High and urgency Medium
    And Maya links Omar's incident to the major incident
    Then the major incident lists both incidents
    And the major incident's timeline shows it was declared by Maya

  @REQ-MIM-002
  Scenario: Only a major incident manager may declare one
    When Sam tries to declare a major incident "VPN concentrator failure" from Priya's incident
    Then the desk refuses

  @REQ-MIM-003
  Scenario: Status updates reach stakeholders by e-mail and chat
    When Maya declares a major incident "VPN concentrator failure" from Priya's incident
    And Maya posts the update "Failover to the standby concentrator has started"
    Then the stakeholders are sent a "major incident update" e-mail
    And the chat channel receives "Failover to the standby concentrator has started"

  @REQ-MIM-004
  Scenario: An overdue update triggers a reminder to the manager
    When Maya declares a major incident "VPN concentrator failure" from Priya's incident
    And 31 minutes pass
    Then Maya is sent a "major incident update reminder" e-mail

  @REQ-MIM-005
  Scenario: Resolving the major incident resolves its children
    When Maya declares a major incident "VPN concentrator failure" from Priya's incident
    And Omar reports "VPN will not connect from the Leeds office" with impact High and urgency Medium
    And Maya links Omar's incident to the major incident
    And Maya resolves the major incident with notes "Standby concentrator in service"
    Then Priya's incident is "Resolved"
    And Omar's incident is "Resolved"
    And the major incident's timeline shows it was resolved by Maya

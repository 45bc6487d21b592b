@must
Feature: SLA enforcement and escalation
  Every incident is timed against the resolution target of its priority. The assignee is
  warned before the deadline, and a breach escalates: the incident moves to second line and
  the team lead and the duty manager are told. Business hours, holidays, time on hold and a
  change of priority all move the deadline as the SLA policy says.

  Background:
    Given Priya, a caller in Finance at the London office
    And Sam, an agent in the "Network Operations" group

  @REQ-SLA-001
  Scenario: A critical incident has four hours to be resolved, around the clock
    Given it is Friday 14 March 2025 at 16:00
    When Priya reports "Whole office network is down" with impact High and urgency High
    Then its priority is "P1 - Critical"
    And its resolution is due on Friday 14 March 2025 at 20:00

  @REQ-SLA-002
  Scenario: The assignee is warned when three quarters of the time has gone
    Given it is Friday 14 March 2025 at 16:00
    When Priya reports "Whole office network is down" with impact High and urgency High
    And Sam takes the incident
    And 3 hours pass
    Then the resolution SLA is at "warning"
    And Sam is sent an "SLA warning" e-mail about the incident

  @REQ-SLA-003
  Scenario: A breach escalates to second line, the team lead and the duty manager
    Given it is Friday 14 March 2025 at 16:00
    And Tess, the team lead of the "Network Operations" group
    When Priya reports "Whole office network is down" with impact High and urgency High
    And Sam takes the incident
    And 4 hours pass
    And 1 minute passes
    Then the resolution SLA is at "breached"
    And it is assigned to the "Second Line" group
    And Tess is sent an "SLA breach" e-mail about the incident

  @REQ-SLA-004
  Scenario: Business hours move the deadline over the weekend
    Given it is Friday 14 March 2025 at 16:00
    When Priya reports "VPN disconnects for the finance team" with impact High and urgency Medium
    Then its priority is "P2 - High"
    And its resolution is due on Monday 17 March 2025 at 16:00

  @REQ-SLA-005
  Scenario: A public holiday is not a working day
    Given it is Thursday 17 April 2025 at 16:00
    When Priya reports "VPN disconnects for the finance team" with impact High and urgency Medium
    Then its resolution is due on Tuesday 22 April 2025 at 16:00

  @REQ-SLA-006
  Scenario: Time on hold awaiting the caller does not count
    Given it is Monday 10 March 2025 at 09:00
    When Priya reports "VPN disconnects for the finance team" with impact High and urgency Medium
    And Sam takes the incident
    And Sam puts the incident on hold awaiting caller
    And 3 hours pass
    Then the resolution SLA is at "paused"
    When Sam resumes work on the incident
    Then its resolution is due on Tuesday 11 March 2025 at 12:00

  @REQ-SLA-007
  Scenario: Raising the priority re-targets the SLA
    Given it is Monday 10 March 2025 at 09:00
    When Priya reports "VPN is slow for one user" with impact Low and urgency Low
    And Sam raises the incident to impact High and urgency High
    Then its priority is "P1 - Critical"
    And its resolution is due on Monday 10 March 2025 at 13:00

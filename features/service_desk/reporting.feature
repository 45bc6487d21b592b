@should @needs-reporting
Feature: Reporting
  Service owners see SLA compliance and volumes from the incidents themselves.

  @REQ-RPT-001
  Scenario: Volumes by category count what was reported
    Given it is Monday 10 March 2025 at 09:30
    And Priya, a caller in Finance at the London office
    And Priya has reported "Outlook email will not start" with impact Low and urgency Low
    And Priya has reported "Email signature is missing" with impact Low and urgency Low
    And Priya has reported "VPN disconnects at lunch" with impact Low and urgency Low
    Then the volume report counts 2 "Software" incidents and 1 "Network" incident

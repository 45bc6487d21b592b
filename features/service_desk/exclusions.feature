@wont
Feature: Agreed exclusions for go-live
  These are out of scope for this release by agreement with the business. They are listed
  in the sign-off pack so that nobody mistakes their absence for an oversight.

  @REQ-EXC-001
  Scenario: Callers raise incidents by phone through an IVR
    Given Priya, a caller in Finance at the London office
    When Priya calls the service desk number
    Then the IVR raises an incident for her

  @REQ-EXC-002
  Scenario: Incidents are translated for callers outside the UK
    Given Priya, a caller in Finance at the London office
    When Priya reports an incident in French
    Then the agent sees it in English

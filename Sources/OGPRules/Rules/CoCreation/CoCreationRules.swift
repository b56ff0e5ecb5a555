extension RuleRegistry {
  /// The rules of this category, in code order.
  static let cocreationRules: [any LintRule] = [
    NoForum(), ForumMeetsTooRarely(), NoWebsiteOrRepository(), NoReasonedResponse(), ForumRulesNotPublic(),
    NoParticipationTimeline(), ForumWithoutCivilSociety(), NoStandardsInForce(),
    ForumIdleDuringImplementation(), RepositoryNotKeptUp(), TimelinePublishedLate(), NoOutreachOrChannels(),
    NoLocalMonitoringBody(), ContraryToProcess(), ForumIdleDuringCoCreation(), ForumWithoutGovernment(),
  ]
}

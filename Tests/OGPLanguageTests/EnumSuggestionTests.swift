import OGPDiagnostics
import Testing

@testable import OGPLanguage

/// The synonym tables, and what a word outside a closed set is taken to mean: a fix-it only
/// when the answer is certain.
struct EnumSuggestionTests {
  // MARK: The tables

  @Test("every synonym names values of its own domain, and is not itself a value")
  func synonymsNameValues() {
    for domain in EnumDomain.allCases {
      for (key, meant) in domain.synonyms {
        #expect(!meant.isEmpty, "\(domain): '\(key)' means nothing")
        #expect(Set(meant).count == meant.count, "\(domain): '\(key)' names a value twice")
        for value in meant {
          #expect(domain.values.contains(value), "\(domain): '\(key)' names '\(value)', not a value")
        }
        #expect(!domain.values.contains(key), "\(domain): '\(key)' is a value, not a synonym")
        #expect(EnumDomain.normalisedKey([key]) == key, "\(domain): '\(key)' is not written as keys are")
      }
    }
  }

  @Test("the synonyms the issue names, in English and Spanish, mean what OGP calls them")
  func namedSynonyms() {
    let expected: [(EnumDomain, [String], EnumSuggestion)] = [
      (.memberKind, ["regional"], .synonym("local")),
      (.memberKind, ["subnational"], .synonym("local")),
      (.memberKind, ["state"], .synonym("local")),
      (.memberKind, ["municipal"], .synonym("local")),
      (.memberKind, ["provincial"], .synonym("local")),
      (.memberKind, ["city"], .synonym("local")),
      (.memberKind, ["nacional"], .synonym("national")),
      (.memberKind, ["OGP", "Local"], .synonym("local")),
      (.level, ["municipal"], .synonym("local")),
      (.level, ["provincial"], .synonym("regional")),
      (.level, ["state"], .synonym("regional")),
      (.level, ["subnational"], .ambiguous(["regional", "local"])),
      (.status, ["done"], .synonym("complete")),
      (.status, ["finished"], .synonym("complete")),
      (.status, ["ongoing"], .synonym("in_progress")),
      (.status, ["started"], .synonym("in_progress")),
      (.status, ["en", "curso"], .synonym("in_progress")),
      (.status, ["completado"], .synonym("complete")),
      (.status, ["terminado"], .synonym("complete")),
      (.status, ["no", "iniciado"], .synonym("not_started")),
      (.completion, ["ongoing"], .ambiguous(["limited", "substantial"])),
      (.actorKind, ["sociedad", "civil"], .synonym("civil_society")),
      (.actorKind, ["gobierno"], .synonym("government")),
      (.ogpValue, ["acceso", "a", "la", "información"], .synonym("access_to_information")),
      (.ogpValue, ["Rendición", "de", "cuentas"], .synonym("public_accountability")),
    ]
    for (domain, words, suggestion) in expected {
      #expect(EnumSuggestion(words, in: domain) == suggestion, "\(words) in \(domain)")
    }
  }

  // MARK: What is certain

  @Test("words written apart, or in capitals, are the value itself")
  func respelled() {
    #expect(EnumSuggestion(["in", "progress"], in: .status) == .respelled("in_progress"))
    #expect(EnumSuggestion(["civil", "society"], in: .actorKind) == .respelled("civil_society"))
    #expect(
      EnumSuggestion(["access", "to", "information"], in: .ogpValue) == .respelled("access_to_information"))
    #expect(EnumSuggestion(["Local"], in: .memberKind) == .respelled("local"))
    #expect(EnumSuggestion(["at", "least"], in: .countQualifier) == .respelled("at_least"))
  }

  @Test("a fix-it only for a certain answer: a synonym, the value respelled, or one close spelling")
  func certainty() {
    #expect(EnumSuggestion(["regional"], in: .memberKind).certain == "local")
    #expect(EnumSuggestion(["in", "progress"], in: .status).certain == "in_progress")
    #expect(EnumSuggestion(["executve"], in: .branch).certain == "executive")
    #expect(EnumSuggestion(["subnational"], in: .level).certain == nil)
    #expect(EnumSuggestion(["estatal"], in: .memberKind).certain == nil)
    #expect(EnumSuggestion(["whatever"], in: .status).certain == nil)
    #expect(EnumSuggestion(["whatever"], in: .status) == .none)
  }

  @Test("spelling distance no longer turns 'regional' or 'subnational' into 'national'")
  func spellingComesLast() {
    #expect(Suggestions.closest(to: "regional", among: EnumDomain.memberKind.values) == ["national"])
    #expect(EnumSuggestion(["regional"], in: .memberKind).candidates == ["local"])
    #expect(EnumSuggestion(["subnational"], in: .level).candidates == ["regional", "local"])
  }

  @Test("a run of words too long to be a value is not compared")
  func bounded() {
    #expect(
      EnumSuggestion(Array(repeating: "in", count: EnumSuggestion.maximumWords + 1), in: .status) == .none)
    #expect(EnumSuggestion([String(repeating: "a", count: 10_000)], in: .status) == .none)
    #expect(EnumSuggestion([], in: .status) == .none)
  }
}

/// One mistake a `PlanGenerator` wrote on purpose into the faulty variant of a plan, so that a
/// checker can be measured against a known answer: every fault is one error, of one code, on one
/// line, and the variant has no other error.
public struct InjectedFault: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    /// The commitment's first lead names no actor (`ogp check` reports E0206).
    case unknownActor = "unknown_actor"
    /// Milestone `m3` ends two months after its commitment's period (E0403).
    case milestoneOutsideCommitment = "milestone_outside_commitment"
    /// Milestone `m2`'s period starts on 30 February, a date that does not exist (E0401).
    case invalidDate = "invalid_date"

    /// The diagnostic code `ogp check` reports for this kind of fault.
    public var expectedCode: String {
      switch self {
      case .unknownActor: "E0206"
      case .milestoneOutsideCommitment: "E0403"
      case .invalidDate: "E0401"
      }
    }
  }

  /// The commitment's name in the plan (`GR0042`).
  public var commitment: String
  public var kind: Kind
  /// The milestone the fault is in (`m2`), or nil when it is in the commitment's own clauses.
  public var milestone: String?
  /// The clause that holds the fault: `lead` or `period`.
  public var clause: String
  /// The faulty value as written: the unknown actor's name, the milestone's whole period or the
  /// impossible date.
  public var value: String
  /// The 1-based line of the faulty plan that holds the fault.
  public var line: Int

  public init(commitment: String, kind: Kind, milestone: String?, clause: String, value: String, line: Int) {
    self.commitment = commitment
    self.kind = kind
    self.milestone = milestone
    self.clause = clause
    self.value = value
    self.line = line
  }
}

extension GeneratedCorpus {
  /// The faults as a JSON document (the manifest `ogp-generate --faults` writes): the file, the
  /// rate, the count of each kind, and each fault with its commitment, code, line and value.
  public func manifestJSON() -> String {
    var out = "{\n"
    out.append("  \"file\": \"\(Self.faultyPlanFileName)\",\n")
    out.append("  \"commitments\": \(commitments),\n")
    out.append("  \"fault_rate\": \(faultRate),\n")
    out.append("  \"counts\": {")
    out.append(
      InjectedFault.Kind.allCases.map { kind in
        "\"\(kind.expectedCode)\": \(faults.count(where: { $0.kind == kind }))"
      }.joined(separator: ", "))
    out.append("},\n")
    out.append("  \"faults\": [")
    for (position, fault) in faults.enumerated() {
      out.append(position == 0 ? "\n" : ",\n")
      out.append("    {\"commitment\": \"\(fault.commitment)\", \"kind\": \"\(fault.kind.rawValue)\", ")
      out.append("\"code\": \"\(fault.kind.expectedCode)\", \"line\": \(fault.line), ")
      out.append("\"milestone\": \(fault.milestone.map { "\"\($0)\"" } ?? "null"), ")
      out.append("\"clause\": \"\(fault.clause)\", \"value\": \"\(fault.value)\"}")
    }
    out.append(faults.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    return out
  }
}

import OGPModel

/// `STR005`: a plan whose point of contact is not a government actor.
public struct ContactNotGovernment: BuiltInRule {
  public static let description = RuleDescription(
    code: "STR005", name: "contact-not-government", category: .structure, defaultSeverity: .warning,
    summary: LocalizedText(
      en: "A plan's point of contact is not a government actor.",
      es: "El punto de contacto de un plan no es un actor del gobierno."),
    rationale: LocalizedText(
      en: """
        OGP asks each member for a government point of contact who coordinates the OGP process \
        with civil society and the Support Unit. A civil-society organisation, university or \
        multilateral partner may co-lead the forum, but it cannot be the government's point of \
        contact.
        """,
      es: """
        OGP pide a cada miembro un punto de contacto del gobierno que coordine el proceso de OGP \
        con la sociedad civil y la Unidad de Apoyo. Una organización de la sociedad civil, una \
        universidad o un socio multilateral puede codirigir el foro, pero no puede ser el punto \
        de contacto del gobierno.
        """),
    basis: .ogp(
      LocalizedText(
        en: "OGP's government point of contact, who coordinates the member's OGP process with civil society",
        es:
          "el punto de contacto gubernamental de OGP, que coordina el proceso de OGP del miembro con la sociedad civil"
      )),
    fix: LocalizedText(
      en: "Name the government office that coordinates the OGP process in 'contact'.",
      es: "Nombra en 'contact' la oficina del gobierno que coordina el proceso de OGP."),
    triggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        contact ↓odn
        commitment c01 "Presupuesto abierto" { lead finance }
      }
      plan valle "Plan de Gobierno Abierto de Valle" {
        member "Valle" local
        period 2025-01 .. 2026-06
        contact ↓undp
        commitment c01 "Ayuntamiento abierto" { lead city }
      }
      """
    ],
    nonTriggering: [
      """
      plan p "Plan de Acción" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        contact digital
        commitment c01 "Presupuesto abierto" { lead finance }
      }
      plan valle "Plan de Gobierno Abierto de Valle" {
        member "Valle" local
        period 2025-01 .. 2026-06
        contact city
        commitment c01 "Ayuntamiento abierto" { lead city }
      }
      """,
      """
      plan p "No contact declared: nothing to judge here" {
        member "Arcadia" national
        period 2024-09 .. 2026-08
        commitment c01 "Presupuesto abierto" {
          lead finance
          partners odn
        }
      }
      """,
    ])

  public init() {}

  public func check(_ context: LintContext) -> [Finding] {
    context.program.plans.compactMap { plan -> Finding? in
      guard let contact = plan.pointOfContact, let actor = context.actors[contact], actor.kind != .government
      else { return nil }
      return Finding(
        at: Anchor(plan.id, clause: "contact"),
        StructureText.STR005Message(plan: plan.title, actor: actor.title, kind: actor.kind.rawValue),
        label: StructureText.STR005Label(kind: actor.kind.rawValue),
        help: StructureText.STR005Help(contact: String(contact.localName)))
    }
  }
}

import OGPModel
import Testing

/// `Program.localized(into:)`: every translated text in the language asked for, the rest as
/// written, and the translations themselves kept.
struct LocalizedProgramTests {
  @Test func everyTranslatedTextIsReplaced() throws {
    let spanish = Fixtures.rich.localized(into: "es")
    let strategy = try #require(spanish.strategies.first)
    #expect(strategy.title == "Estrategia de OGP 2023-2028")
    #expect(strategy.vision == "Gobiernos que sirven a las personas.")
    #expect(strategy.changes.first?.title == "Ampliar la participación")
    #expect(strategy.consultation?.description == "Una convocatoria abierta y talleres regionales.")
    let objective = try #require(strategy.objectives.first)
    #expect(objective.title == "Proteger y ampliar el espacio cívico")
    #expect(objective.aim == "Defender el espacio para la participación.")
    #expect(objective.label == "Ampliación", "translated into English only")
    #expect(objective.priorities.map(\.title) == ["Proteger la participación", "Acción cívica"])
    #expect(strategy.standards.first?.description == "Un foro que se reúne con regularidad.")
    #expect(spanish.standards.first?.title == "Estándares de Participación y Cocreación de OGP (2022)")
    #expect(
      spanish.actors.map(\.title) == [
        "Agencia de Gobierno Electrónico", "CAinfo", "Universidad de la República",
      ])
    let plan = try #require(spanish.plans.first)
    #expect(plan.title == "Quinto Plan de Acción Nacional 2023-2027")
    #expect(plan.forum?.title == "Grupo de Trabajo de Gobierno Abierto")
    #expect(plan.cocreation?.outreach == "Radio y redes sociales")
    let commitment = try #require(plan.commitments.first)
    #expect(commitment.title == "Datos abiertos para la participación")
    #expect(commitment.statusQuo == "Un catálogo con 40 conjuntos de datos.")
    #expect(commitment.expectedResults == "Datos usados en el debate público.")
    #expect(commitment.budget == "UYU 2,000,000", "a text that is not translatable stays")
    #expect(commitment.milestones.first?.deliverable == "catalogodatos.gub.uy, publicado")
    #expect(commitment.milestones.last?.title == "Train 200 users")
    #expect(commitment.translations == Fixtures.commitment.translations)
  }

  @Test func aLanguageWithoutTranslationsChangesNothing() {
    let english = Fixtures.rich.localized(into: "en")
    #expect(english.plans.first?.title == "Fifth National Action Plan")
    #expect(english.strategies.first?.objectives.first?.label == "Expansion")
    #expect(english.strategies.first?.title == Fixtures.rich.strategies.first?.title)
    #expect(Fixtures.rich.localized(into: "fr") == Fixtures.rich)
  }
}

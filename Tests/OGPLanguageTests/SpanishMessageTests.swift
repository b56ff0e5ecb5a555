import OGPDiagnostics
import OGPModel
import Testing

@testable import OGPLanguage

/// The lexer's, the parser's and the expressions' messages said in Spanish where the error
/// examples' Spanish goldens do not reach: expressions, rules' syntax, type names, suggestions.
/// Each is checked in English too, so the two stay the same message.
struct SpanishMessageTests {
  /// The first diagnostic of an expression typed against `ExpressionTests.program`: its message,
  /// primary label and help.
  static func expressionDiagnostic(_ text: String) -> (message: String, label: String, help: String?)? {
    let source = SourceFile(id: SourceFileID(0), path: "<query>", text: text)
    let (expression, diagnostics, _) = Parser.parseExpression(source)
    let diagnostic: Diagnostic?
    if let first = diagnostics.first {
      diagnostic = first
    } else if let expression,
      case .failure(let failure) = ExpressionChecker(program: ExpressionTests.program)
        .check(expression)
    {
      diagnostic = failure.diagnostic
    } else {
      diagnostic = nil
    }
    return diagnostic.map { ($0.message, $0.primary.message, $0.help) }
  }

  /// The first diagnostic the parser reports on a file.
  static func parseDiagnostic(_ text: String) -> (message: String, label: String, help: String?)? {
    let source = SourceFile(id: SourceFileID(0), path: "p.ogp", text: text)
    return Parser.parse(source).diagnostics.first.map { ($0.message, $0.primary.message, $0.help) }
  }

  static func spanish<T>(_ body: () -> T) -> T { Language.$current.withValue(.spanish, operation: body) }

  @Test func typeMismatchesNameTheirTypesWithAgreement() {
    #expect(Self.expressionDiagnostic("c01.start == 3")?.message == "'==' compares a date with a number")
    #expect(
      Self.spanish { Self.expressionDiagnostic("c01.start == 3") }?.message
        == "'==' compara una fecha con un número")
    let ordered = Self.spanish { Self.expressionDiagnostic("min(actors)") }
    #expect(ordered?.message == "'min' necesita fechas o números, pero los elementos son actores")
    #expect(ordered?.label == "lista de actores")
    #expect(ordered?.help == "min(lista): la fecha más temprana o el número más pequeño")
    #expect(
      Self.expressionDiagnostic("min(actors)")?.message
        == "'min' needs dates or numbers, but these are actors")
    #expect(
      Self.spanish { Self.expressionDiagnostic("3.title") }?.message
        == "Un número no tiene campos; no se puede leer '.title'")
    #expect(
      Self.spanish { Self.expressionDiagnostic("not 3") }?.message
        == "'not' necesita un sí/no, pero esto es un número")
    #expect(
      Self.spanish { Self.expressionDiagnostic("3 where x") }?.message
        == "'where' filtra una lista, pero esto es un número")
  }

  @Test func callsCountTheirArgumentsInTheReadersLanguage() {
    #expect(Self.expressionDiagnostic("count()")?.message == "'count' takes 1 argument, not 0")
    #expect(
      Self.spanish { Self.expressionDiagnostic("count()") }?.message == "'count' recibe 1 argumento, no 0")
    #expect(
      Self.spanish { Self.expressionDiagnostic("any()") }?.message == "'any' recibe 1 o 2 argumentos, no 0")
    let unknown = Self.spanish { Self.expressionDiagnostic("cont(commitments)") }
    #expect(unknown?.message == "función desconocida 'cont'")
    #expect(
      unknown?.help
        == "¿quisiste decir 'count'? las funciones son all, any, count, days, exists, length, max, min, months"
    )
  }

  @Test func unknownNamesAndEnumerationValues() {
    let field = Self.spanish { Self.expressionDiagnostic("c01.titel") }
    #expect(field?.message == "un compromiso no tiene el campo 'titel'")
    #expect(field?.help == "¿quisiste decir 'title'?")
    let value = Self.spanish { Self.expressionDiagnostic("finance.kind == govt") }
    #expect(value?.message == "'govt' no es un tipo de actor")
  }

  @Test func valuesOutOfRangeSayWhatWasComputed() {
    let error = ValueOutOfRange(
      left: .date(Day.last), right: .integer(1), subtracting: false, limit: .afterLastDay)
    #expect(error.reason == "9999-12-31 + 1 is after 9999-12-31")
    #expect(Self.spanish { error.reason } == "9999-12-31 + 1 es posterior a 9999-12-31")
    #expect(
      Self.spanish { ValueOutOfRange.limits }
        == "los números van de -9223372036854775808 a 9223372036854775807, las fechas de 0001-01-01 a "
        + "9999-12-31 y las duraciones, hasta 10000 años en uno u otro sentido")
  }

  @Test func typesAreNamedAloneWithAnArticleAndInLists() {
    let actors = ExpressionType.list(.element(.actor))
    #expect(actors.description == "list of actors")
    #expect(actors.withArticle == "a list of actors")
    #expect(Self.spanish { actors.description } == "lista de actores")
    #expect(Self.spanish { actors.withArticle } == "una lista de actores")
    #expect(
      Self.spanish { ExpressionType.list(.enumeration(.ogpValue)).description } == "lista de valores de OGP")
    #expect(Self.spanish { ExpressionType.element(.target).withArticle } == "un objetivo o una prioridad")
  }

  @Test func suggestionsAreAskedInTheReadersLanguage() {
    #expect(Suggestions.didYouMean(["a", "b", "c"]) == "did you mean 'a', 'b' or 'c'?")
    #expect(Self.spanish { Suggestions.didYouMean(["a", "b", "c"]) } == "¿quisiste decir 'a', 'b' o 'c'?")
    #expect(Self.spanish { Suggestions.didYouMean(["a"]) } == "¿quisiste decir 'a'?")
  }

  @Test func rulesSyntaxAndExamplesInSpanish() {
    let scope = Self.spanish { Self.parseDiagnostic("rule R01 warning \"x\" {\n  each 3\n}\n") }
    #expect(
      scope?.message == "se esperaba lo que comprueba la regla después de 'each', pero se encontró un número")
    #expect(scope?.help == "escríbelo así: each commitment c where SO3 in c.advances")
    let interpolation = Self.spanish {
      Self.parseDiagnostic("rule R01 warning \"x\" {\n  each commitment c\n  message \"{c.name\"\n}\n")
    }
    #expect(interpolation?.message == "se esperaba '}' para cerrar la '{' del mensaje")
    let unquoted = Self.spanish { Self.parseDiagnostic("commitment c01 3") }
    #expect(unquoted?.message == "en el compromiso 'c01', el título debe ser una cadena de texto")
    #expect(
      Self.parseDiagnostic("commitment c01 3")?.message == "the title of commitment 'c01' must be a string")
    let title = Self.spanish { Self.parseDiagnostic("commitment c01 {\n}\n") }
    #expect(
      title?.message
        == "en el compromiso 'c01', se esperaba el título como cadena de texto, pero se encontró '{'")
    #expect(
      title?.help == "escríbelo así: commitment c01 \"Datos abiertos sobre contratación pública\" { … }")
    #expect(
      Self.parseDiagnostic("commitment c01 {\n}\n")?.message
        == "expected a title string for commitment 'c01', found '{'")
  }

  @Test func lexicalMessagesInSpanish() {
    let source = SourceFile(id: SourceFileID(0), path: "p.ogp", text: "actor a government \"x\" # note\n")
    let stray = Self.spanish { Lexer.tokenize(source).diagnostics.first }
    #expect(stray?.message == "carácter inesperado '#'")
    #expect(stray?.help == "los comentarios empiezan con '//'")
  }
}

/// The page's only stylesheet, inlined so the report needs nothing from the network.
///
/// Colours keep text at 4.5:1 or more against its background; status and coverage colours
/// always come with a word or a pattern. Print drops the backgrounds that waste ink but keeps
/// the chart's and the heatmap's colours, which carry meaning.
enum ReportStyle {
  static let css = """
    :root {
      color-scheme: light;
      --ink: #1c2430;
      --muted: #526070;
      --line: #d5dbe3;
      --page: #f3f5f8;
      --card: #ffffff;
      --brand: #0b4f6c;
      --brand-light: #dcecf3;
      --accent: #c2185b;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0;
      background: var(--page);
      color: var(--ink);
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
    }
    a { color: #0a5a8c; }
    a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    code { font-family: ui-monospace, "SFMono-Regular", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
    .wrap { max-width: 1240px; margin: 0 auto; padding: 0 1.25rem; }
    .skip { position: absolute; left: -999px; top: 0; background: #fff; color: var(--brand); padding: 0.5rem 1rem; }
    .skip:focus { left: 1rem; z-index: 10; }
    .sr-only {
      position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
      overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
    }
    .muted { color: var(--muted); }
    .block { display: block; }
    .nowrap { white-space: nowrap; }
    .missing { color: #8c1d18; font-style: italic; }
    .none { color: var(--muted); margin: 0.25rem 0; }

    .masthead {
      background: linear-gradient(135deg, #0b4f6c 0%, #12617f 55%, #1b7a8c 100%);
      color: #fff;
      padding: 2rem 0 1rem;
    }
    .masthead h1 { margin: 0.1rem 0 0.4rem; font-size: clamp(1.6rem, 3.2vw, 2.4rem); line-height: 1.2; }
    .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; opacity: 0.92; }
    .masthead .meta { margin: 0 0 1rem; font-size: 1.05rem; }
    .masthead nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; }
    .masthead nav ul ul { display: inline-flex; margin-left: 0.5rem; }
    .masthead nav a {
      display: inline-block; color: #fff; text-decoration: none; padding: 0.3rem 0.8rem;
      border: 1px solid rgba(255, 255, 255, 0.55); border-radius: 999px; font-size: 0.9rem;
    }
    .masthead nav a:hover { background: rgba(255, 255, 255, 0.15); }

    main { padding: 0.5rem 1.25rem 2rem; }
    .plan-title { font-size: 1.6rem; margin: 2rem 0 0.5rem; color: var(--brand); }
    section {
      background: var(--card); border: 1px solid var(--line); border-radius: 12px;
      padding: 1.25rem 1.5rem 1.5rem; margin: 1.5rem 0;
      box-shadow: 0 1px 2px rgba(16, 24, 40, 0.05);
    }
    /* A root file's section holds its plans' sections: a rule above it, not a card around cards. */
    section.root {
      background: none; border: 0; border-top: 3px solid var(--brand); border-radius: 0; box-shadow: none;
      padding: 0.5rem 0 0; margin: 2.5rem 0 0;
    }
    .root-title { font-size: 1.3rem; margin: 0.5rem 0; }
    section > h2, section > h3 { margin: 0 0 0.75rem; font-size: 1.35rem; color: var(--brand); }
    section h3, section h4 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
    .lede { margin: 0 0 1rem; color: #37424f; max-width: 75ch; }

    .figures {
      list-style: none; margin: 0 0 1.25rem; padding: 0;
      display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 0.75rem;
    }
    .figures li { background: #f6f9fb; border: 1px solid var(--line); border-radius: 10px; padding: 0.75rem 1rem; }
    .figure { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; color: var(--brand); }
    .figure-label { color: var(--muted); font-size: 0.9rem; }
    .sev-figure.sev-error .figure { color: #a1201a; }
    .sev-figure.sev-warning .figure { color: #7a4d00; }
    .sev-figure.sev-info .figure { color: #174e87; }

    .facts-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 0 2rem; }
    .fact-group > h3, .fact-group > h4 { margin: 0.5rem 0 0.25rem; font-size: 0.95rem; color: var(--brand); }
    dl.facts { margin: 0; }
    dl.facts div { display: grid; grid-template-columns: 7.5rem 1fr; gap: 0.75rem; padding: 0.4rem 0; border-bottom: 1px solid #edf0f4; }
    dl.facts dt { font-weight: 600; color: var(--muted); font-size: 0.92rem; }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }

    .status-summary { margin-top: 1.25rem; }
    .status-bar { display: block; width: 100%; max-width: 640px; height: 18px; border-radius: 4px; }
    .status-counts { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.35rem 1.25rem; font-size: 0.92rem; }

    .swatch {
      display: inline-block; width: 0.95em; height: 0.95em; margin-right: 0.35em; vertical-align: -0.12em;
      border: 1px solid rgba(0, 0, 0, 0.35); border-radius: 2px;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    .st-complete { background: #1b6e3a; }
    .st-substantial { background: repeating-linear-gradient(-45deg, #4f8a2b 0 3px, #a7c796 3px 4.5px); }
    .st-in_progress { background: repeating-linear-gradient(45deg, #1f5fae 0 3px, #8fb0d8 3px 5px); }
    .st-limited { background: radial-gradient(circle, #f4d9a8 28%, transparent 32%) 0 0 / 5px 5px, #b86f00; }
    .st-not_started { background: radial-gradient(circle, #5f6b7a 22%, transparent 26%) 0 0 / 6px 6px, #dfe4ea; border-color: #5f6b7a; }
    .st-no_evidence {
      background: repeating-linear-gradient(45deg, transparent 0 3px, rgba(255, 255, 255, 0.6) 3px 4.5px),
        repeating-linear-gradient(-45deg, transparent 0 3px, rgba(255, 255, 255, 0.6) 3px 4.5px), #b3261e;
    }
    .st-unrecorded { background: #fff; border: 1px dashed #5f6b7a; }
    .status {
      display: inline-block; white-space: nowrap; padding: 0.05rem 0.55rem; border-radius: 999px;
      background: #eef1f5; border: 1px solid var(--line); font-size: 0.85rem; font-weight: 600;
    }

    .badge {
      display: inline-block; min-width: 4.6em; text-align: center; padding: 0 0.45rem; border-radius: 4px;
      font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    .badge.sev-error { background: #b3261e; color: #fff; }
    .badge.sev-warning { background: #ffe3a3; color: #4d3300; border: 1px solid #d9a520; }
    .badge.sev-info { background: #dbe9fb; color: #123d6a; border: 1px solid #9fbfe6; }
    ul.findings { list-style: none; margin: 0; padding: 0; }
    .finding { padding: 0.35rem 0; border-bottom: 1px dashed #e3e7ed; font-size: 0.9rem; line-height: 1.4; }
    .finding:last-child { border-bottom: 0; }
    .finding code { font-weight: 700; }
    .finding .subject { font-family: ui-monospace, "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.82rem; background: #eef1f5; padding: 0 0.3rem; border-radius: 3px; }
    .finding .where { display: block; color: var(--muted); font-size: 0.8rem; }

    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    caption { caption-side: top; text-align: left; color: var(--muted); font-size: 0.9rem; padding: 0 0 0.5rem; }
    th, td { text-align: left; vertical-align: top; }

    .heatmap { min-width: 640px; }
    .heatmap th, .heatmap td { border: 2px solid #fff; padding: 0.45rem 0.6rem; }
    .heatmap thead th { background: #f0f3f7; font-size: 0.85rem; vertical-align: bottom; }
    .heatmap .obj-id { display: block; font-size: 1rem; color: var(--brand); }
    .heatmap .obj-title { display: block; font-weight: 400; color: var(--muted); line-height: 1.25; }
    .heatmap tbody th { font-weight: 400; background: #f7f9fb; min-width: 16rem; }
    .cid, .label-id { font-weight: 700; color: var(--brand); }
    .heatmap td { text-align: center; font-size: 0.85rem; width: 13%; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    .cov-direct, .cov-both { background: #0b4f6c; color: #fff; }
    .cov-priority { background: #bfe0ec; color: #0a3346; }
    .cov-none { background: #f5f7f9; color: #7b8796; }
    .cov-both .via { color: #fff; border-bottom-color: rgba(255, 255, 255, 0.6); }
    .via { display: inline-block; border-bottom: 1px dotted currentColor; }
    .heatmap tfoot th, .heatmap tfoot td { background: #f0f3f7; font-weight: 700; color: var(--ink); }
    .heatmap tfoot td.gap { background: #fde7e6; color: #8c1d18; }
    .legend { list-style: none; padding: 0; margin: 0.75rem 0 0; display: flex; flex-wrap: wrap; gap: 0.35rem 1.25rem; font-size: 0.88rem; color: #37424f; }
    .legend .key {
      display: inline-block; width: 1.6rem; text-align: center; border-radius: 3px; margin-right: 0.2rem;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    .gaps { margin: 0.75rem 0 0; padding-left: 1.2rem; font-size: 0.92rem; }

    .gantt { display: block; width: 100%; min-width: 760px; height: auto; font-family: inherit; }
    .gantt text { fill: #2b3644; font-size: 11px; }
    .gantt .label-commitment { font-size: 12px; font-weight: 600; fill: var(--ink); }
    .gantt .label-id { fill: var(--brand); font-weight: 700; }
    .gantt .label-milestone { fill: #3a4556; }
    .gantt .month { font-size: 9.5px; fill: var(--muted); }
    .gantt .year { font-size: 12px; font-weight: 700; fill: var(--ink); }
    .gantt .tick { stroke: #aeb8c4; }
    .gantt .tick-year { stroke: #c9d1db; }
    .gantt .axis-line { stroke: #8994a3; }
    .gantt .stripe { fill: #f4f6f9; }
    .gantt .plan-band { fill: #0b4f6c; fill-opacity: 0.07; }
    .gantt .plan-edge { stroke: var(--brand); stroke-dasharray: 4 3; }
    .gantt .bar-commitment { fill: #2b3a4a; }
    .gantt .bar-status { font-size: 9.5px; fill: #3f4a59; }
    .gantt .no-dates { font-style: italic; fill: var(--muted); }
    .gantt .as-of line, .gantt .as-of-key { stroke: var(--accent); stroke-width: 2; stroke-dasharray: 6 3; }
    .gantt .as-of text { fill: #a3154d; font-weight: 700; }
    .gantt .legend text { fill: #37424f; }

    .commitment-table { font-size: 0.92rem; }
    .commitment-table thead th {
      background: #f0f3f7; color: #37424f; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em;
      padding: 0.55rem 0.6rem; border-bottom: 2px solid #c9d1db;
    }
    .commitment-table tbody th, .commitment-table td { padding: 0.75rem 0.6rem; border-bottom: 1px solid var(--line); }
    .commitment-table tbody th { color: var(--brand); font-size: 1rem; }
    .commitment-table tbody tr:nth-child(even) { background: #fafbfc; }
    .commitment-table { table-layout: fixed; min-width: 980px; }
    .commitment-table thead th:nth-child(1) { width: 3.75rem; }
    .commitment-table thead th:nth-child(2) { width: 25%; }
    .commitment-table thead th:nth-child(3) { width: 10%; }
    .commitment-table thead th:nth-child(4) { width: 9.5%; }
    .commitment-table thead th:nth-child(5) { width: 8%; }
    .commitment-table thead th:nth-child(6) { width: 7rem; }
    .commitment-table thead th:nth-child(7) { width: 7.5rem; }
    .commitment-table td { overflow-wrap: break-word; }
    .c-title { margin: 0 0 0.25rem; font-weight: 700; font-size: 1rem; }
    .goal { margin: 0 0 0.4rem; color: #37424f; }
    .tags, .chips, .plain { list-style: none; margin: 0; padding: 0; }
    .tags li { display: inline-block; margin: 0 0.3rem 0.3rem 0; padding: 0 0.45rem; border-radius: 4px; background: #eef1f5; font-size: 0.78rem; color: #37424f; }
    .tags li.challenge { background: var(--brand-light); color: #0a3346; font-weight: 600; }
    .chips li { display: inline-block; margin: 0 0.25rem 0.3rem 0; padding: 0 0.5rem; border-radius: 999px; font-size: 0.8rem; border: 1px solid #9fb8c6; }
    .chips li.core { background: var(--brand-light); border-color: #7fb0c6; }
    .partners { margin: 0.35rem 0 0; font-size: 0.85rem; }
    .irm { margin: 0.2rem 0 0.4rem; font-size: 0.85rem; }
    ol.milestones { list-style: none; margin: 0.5rem 0 0; padding: 0.5rem 0 0; border-top: 1px dashed #dfe4ea; font-size: 0.86rem; }
    ol.milestones li { margin: 0 0 0.35rem; }
    .m-id { font-weight: 700; margin-right: 0.25rem; }
    .deliverable { display: block; margin-left: 1.3rem; color: #37424f; font-size: 0.82rem; }
    .deliverable::before { content: "Deliverable: "; color: var(--muted); }

    footer { color: var(--muted); font-size: 0.85rem; padding: 0 1.25rem 2rem; }

    @media (max-width: 820px) {
      body { font-size: 15px; }
      section { padding: 1rem; border-radius: 8px; }
      dl.facts div { grid-template-columns: 1fr; gap: 0; }
      .commitment-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      .commitment-table, .commitment-table tbody, .commitment-table tr, .commitment-table th, .commitment-table td { display: block; width: 100%; }
      .commitment-table tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1rem; padding: 0.25rem 0.75rem; }
      .commitment-table tbody th, .commitment-table td { border-bottom: 1px solid #edf0f4; padding: 0.5rem 0; min-width: 0; }
      .commitment-table { min-width: 0; }
      .commitment-table [data-label]::before {
        content: attr(data-label); display: block; font-size: 0.75rem; font-weight: 700;
        text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
      }
    }

    @media print {
      @page { margin: 14mm 12mm; }
      body { background: #fff; font-size: 10pt; }
      .masthead { background: none; color: var(--ink); padding: 0 0 0.5rem; border-bottom: 2px solid var(--ink); }
      .masthead nav, .skip { display: none; }
      main { padding: 0; }
      section { box-shadow: none; border: 0; border-top: 1px solid #999; border-radius: 0; padding: 0.75rem 0; margin: 0.75rem 0; }
      .timeline, .coverage { break-inside: avoid; }
      .scroll { overflow: visible; }
      .gantt, .heatmap, .commitment-table { min-width: 0; }
      tr, .finding, dl.facts div { break-inside: avoid; }
      .commitment-table tbody tr:nth-child(even) { background: none; }
      a { color: var(--ink); }
    }
    """
}

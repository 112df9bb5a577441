package org.saywho.cli.report;

/** The report page's style sheet, inlined so the page needs nothing else. */
final class Style {

  static final String CSS = """
      body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:#222;background:#fafafa}
      header{padding:16px 32px;background:#263238;color:#fff}
      header h1{margin:0;font:600 22px system-ui,sans-serif}
      header .source{margin:4px 0 0;font:14px system-ui,sans-serif;color:#cfd8dc}
      header .legend{margin:6px 0 0;font:13px system-ui,sans-serif;color:#eceff1}
      header .legend mark.q{color:#222;padding:0 3px}
      header .legend u.cue{text-decoration-color:#ff8a80}
      main{display:flex;gap:32px;padding:24px 32px;align-items:flex-start}
      article{flex:3;white-space:pre-wrap;background:#fff;padding:24px 32px;border-radius:6px;
        box-shadow:0 1px 3px rgba(0,0,0,.12);max-width:760px}
      aside{flex:2;font:14px/1.4 system-ui,sans-serif;min-width:320px}
      mark.q{border-radius:3px;padding:1px 0;color:inherit;position:relative;cursor:help}
      mark.q.mixed{outline:1px dashed rgba(0,0,0,.35)}
      mark.q.indirect{background-image:repeating-linear-gradient(135deg,rgba(255,255,255,.45) 0 4px,transparent 4px 8px)}
      mark.q:hover{filter:brightness(.9)}
      u.cue{text-decoration:underline 2px #c62828;text-underline-offset:3px}
      table{border-collapse:collapse;width:100%;background:#fff}
      th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
      td.n{text-align:right}
      .swatch{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid rgba(0,0,0,.2)}
      small{color:#666}
      ol.claims{background:#fff;padding:12px 12px 12px 36px;border-radius:6px}
      ol.claims li{margin:6px 0}
      .score{font:600 12px ui-monospace,monospace;background:#263238;color:#fff;padding:1px 5px;border-radius:3px}
      """;

  private Style() {}
}

package org.isnad.export;

/** The report's stylesheet, kept apart from the markup. */
final class ReportStyle {
  static final String CSS = """
      body { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", Tahoma, sans-serif;
             max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; line-height: 1.9;
             color: #1d1d1f; background: #fafaf7; }
      header { border-bottom: 2px solid #8a6d3b; margin-bottom: 1.5rem; }
      h1 { margin: 0; color: #8a6d3b; }
      .summary { color: #444; }
      .meta, .source { color: #777; font-size: .85rem; }
      nav ol { columns: 2; font-size: .95rem; }
      section.document { background: #fff; border: 1px solid #e2dfd5; border-radius: 6px;
                         padding: .5rem 1.25rem 1rem; margin-bottom: 1.5rem; }
      article { border-top: 1px dashed #ccc; padding-top: .5rem; }
      article:first-of-type { border-top: none; }
      article h2 { font-size: 1.35rem; margin: .5rem 0; }
      dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem;
                  font-size: .9rem; background: #f4f1e8; padding: .5rem .75rem; border-radius: 4px; }
      dl.fields dt { font-weight: bold; color: #5a4a2a; }
      dl.fields dd { margin: 0; }
      dd.missing { color: #aaa; }
      .text p { margin: .6rem 0; text-align: justify; }
      details.dropped { margin-top: 1rem; font-size: .85rem; color: #555; }
      details.dropped summary { cursor: pointer; }
      details.dropped table { border-collapse: collapse; width: 100%; }
      details.dropped td, details.dropped th { border: 1px solid #e5e5e5; padding: .2rem .4rem;
                                               vertical-align: top; }
      mark.timex { background: #e8f0fe; border-bottom: 1px dotted #3b6fd8; padding: 0 .1rem; }
      mark.flag { background: #fde2e1; border-bottom: 2px solid #c0392b; }
      .flag { color: #c0392b; }
      details.timexes { margin-top: .5rem; font-size: .85rem; }
      details.timexes table { border-collapse: collapse; }
      details.timexes td, details.timexes th { border: 1px solid #e5e5e5; padding: .15rem .4rem; }
      .failures { background: #fdecea; border: 1px solid #e0b4b4; padding: .5rem 1rem;
                  border-radius: 6px; margin-bottom: 1.5rem; }
      details.no-article { background: #fff8e1; border: 1px solid #e6d28a; padding: .5rem 1rem;
                           border-radius: 6px; margin-bottom: 1.5rem; font-size: .9rem; }
      section.timeline, section.stories, section.actors { background: #fff; border: 1px solid #e2dfd5;
                 border-radius: 6px; padding: .5rem 1.25rem 1rem; margin-bottom: 1.5rem; }
      h3.day { border-bottom: 1px solid #e2dfd5; color: #5a4a2a; margin: 1rem 0 .3rem; }
      .event { border-right: 4px solid #bbb; padding: .2rem .75rem; margin: .4rem 0; }
      .event.corroborated { border-color: #2e7d32; }
      .event.single_source { border-color: #b58900; }
      .event.contested { border-color: #c0392b; background: #fff6f5; }
      .event p { margin: .2rem 0; }
      .badge { background: #f4f1e8; border-radius: 3px; padding: 0 .4rem; font-size: .85rem; }
      .status { color: #666; font-size: .85rem; }
      .conflict { color: #c0392b; font-weight: bold; }
      .event details { font-size: .9rem; }
      """;

  private ReportStyle() {}
}

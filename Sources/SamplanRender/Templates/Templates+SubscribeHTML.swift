extension Templates {
    /// The subscribe page at `GET /` (`SubscribeView`): no script, one column, large targets.
    static let subscribeHTML = #"""
        {{> page-start}}
        <title>{{heading}}</title>
        <style>
          :root { color-scheme: light; }
          body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 1.05rem; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
          main, header.page, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
          header.page { padding-top: 1.5rem; }
          h1 { font-size: 1.7rem; margin: 0 0 0.5rem; }
          h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-top: 1px solid #bbb; padding-top: 1rem; }
          h3 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }
          a { color: #0b4f9c; }
          a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
          a.subscribe { display: inline-block; background: #0b4f9c; color: #fff; font-weight: 600; padding: 0.5rem 1rem; border-radius: 0.3rem; text-decoration: none; margin: 0.3rem 0.8rem 0.3rem 0; }
          a.subscribe:hover { background: #083a73; }
          p.address { overflow-wrap: anywhere; font-size: 0.95rem; }
          p.address a { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
          ul.meetings { padding-left: 1.2rem; }
          img.arshjul { width: 100%; height: auto; border: 1px solid #ddd; }
          .cancelled { font-weight: 600; color: #8a1c1c; }
          dl.steps dt { font-weight: 600; margin-top: 0.6rem; }
          dl.steps dd { margin: 0.1rem 0 0 0; }
          footer { color: #444; font-size: 0.9rem; padding-bottom: 2rem; margin-top: 2rem; }
        </style>
        </head>
        <body>
        <header class="page">
        <h1>{{heading}}</h1>
        <p>{{words.intro}}</p>
        <p><a href="#howto">{{words.howTo}}</a></p>
        </header>
        <main>
        {{#bodies}}
        <section aria-labelledby="{{id}}">
        <h2 id="{{id}}">{{heading}}</h2>
        <h3>{{words.next}}</h3>
        {{#hasMeetings}}
        <ul class="meetings">
        {{#meetings}}
        <li><time datetime="{{datetime}}">{{when}}</time>{{#place}}, {{.}}{{/place}}{{#cancelled}} <span class="cancelled">({{meetingWords.cancelled}})</span>{{/cancelled}}</li>
        {{/meetings}}
        </ul>
        {{/hasMeetings}}
        {{^hasMeetings}}
        <p>{{words.noMeetings}}</p>
        {{/hasMeetings}}
        {{> subscribe-links}}
        </section>
        {{/bodies}}
        {{#all}}
        <section aria-labelledby="{{id}}">
        <h2 id="{{id}}">{{heading}}</h2>
        <p>{{words.allIntro}}</p>
        {{> subscribe-links}}
        </section>
        {{/all}}
        <section aria-labelledby="arshjul">
        <h2 id="arshjul">{{yearWheel}}</h2>
        <p>{{words.yearWheelIntro}}</p>
        <p><a href="{{yearWheelURL}}"><img class="arshjul" src="{{yearWheelURL}}" alt="{{yearWheelAlt}}"></a></p>
        <p><a href="{{yearWheelURL}}">{{yearWheelAlt}} (SVG)</a></p>
        </section>
        {{#hasFocus}}
        <section aria-labelledby="focus">
        <h2 id="focus">{{words.focusHeading}}</h2>
        <p>{{words.focusIntro}}</p>
        {{#focus}}
        <h3 id="{{id}}">{{heading}}</h3>
        {{> subscribe-links}}
        {{/focus}}
        </section>
        {{/hasFocus}}
        <section aria-labelledby="howto">
        <h2 id="howto">{{words.howTo}}</h2>
        <dl class="steps">
        {{#steps}}
        <dt>{{client}}</dt>
        <dd>{{text}}</dd>
        {{/steps}}
        </dl>
        <h3>{{words.personalHeading}}</h3>
        <p>{{words.personal}}</p>
        </section>
        </main>
        <footer>
        <p>{{footer}}</p>
        </footer>
        </body>
        </html>

        """#
}

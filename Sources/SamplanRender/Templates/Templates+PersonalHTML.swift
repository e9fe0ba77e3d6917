extension Templates {
    /// A responsible person's page (`PersonalView`): forms that work without script, each field labelled.
    static let personalHTML = #"""
        {{> page-start}}
        <meta name="robots" content="noindex, nofollow">
        <meta name="referrer" content="same-origin">
        <title>{{heading}}</title>
        <style>
          body { font-family: system-ui, Calibri, Carlito, Arial, sans-serif; font-size: 1rem; line-height: 1.4; margin: 1rem; max-width: 46rem; overflow-wrap: anywhere; }
          h1 { font-size: 1.6rem; }
          section.activity, li.action { border: 1px solid #888; border-radius: 4px; padding: 0.6rem 0.8rem; margin: 0 0 1rem; list-style: none; }
          ul.actions, ul.meetings { padding: 0; }
          label { display: block; font-weight: bold; margin: 0.5rem 0 0.2rem; }
          select, textarea, button { font-size: 1rem; max-width: 100%; }
          textarea { width: 100%; box-sizing: border-box; }
          button { padding: 0.4rem 1rem; margin-top: 0.5rem; }
          p.notice { border: 2px solid #2a7a2a; padding: 0.5rem; font-weight: bold; }
          p.error { border: 2px solid #a00; padding: 0.5rem; font-weight: bold; }
          .flags { color: #a00; }
          dl.facts dt { font-weight: bold; }
          dl.facts dd { margin: 0 0 0.3rem 0; }
        </style>
        </head>
        <body>
        <main>
        <h1>{{heading}}</h1>
        <p>{{words.intro}}</p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#message}}<p class="error" role="alert">{{message}}</p>{{/message}}
        <h2>{{words.activities}}</h2>
        {{^hasActivities}}<p>{{words.noActivities}}</p>{{/hasActivities}}
        {{#activities}}
        <section class="activity" id="{{anchor}}" aria-labelledby="{{anchor}}-h">
        <h3 id="{{anchor}}-h">{{goal}} {{title}}</h3>
        <dl class="facts">
        <dt>{{words.status}}</dt><dd>{{status}}</dd>
        <dt>{{words.latest}}</dt><dd>{{latest}}</dd>
        {{#due}}<dt>{{words.due}}</dt><dd>{{due}}</dd>{{/due}}
        </dl>
        {{#hasFlags}}<p class="flags"><strong>{{words.flags}}:</strong></p><ul class="flags">{{#flags}}<li>{{.}}</li>{{/flags}}</ul>{{/hasFlags}}
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#error}}<p class="error" role="alert" id="{{anchor}}-error">{{error}}</p>{{/error}}
        <label for="{{anchor}}-status">{{words.newStatus}}</label>
        <select id="{{anchor}}-status" name="status" required>
        {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
        {{/options}}</select>
        <label for="{{anchor}}-text">{{words.text}}</label>
        <textarea id="{{anchor}}-text" name="text" rows="4" maxlength="4000" required>{{text}}</textarea>
        <button type="submit">{{words.submit}}</button>
        </form>
        </section>
        {{/activities}}
        <h2>{{words.actions}}</h2>
        {{^hasActions}}<p>{{words.noActions}}</p>{{/hasActions}}
        {{#hasActions}}<ul class="actions">
        {{#actions}}<li class="action"><p>{{text}}{{#due}} ({{due}}){{/due}}{{#agreed}}, {{agreed}}{{/agreed}}</p>
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" aria-label="{{label}}">{{words.done}}</button></form></li>
        {{/actions}}</ul>{{/hasActions}}
        <h2>{{words.meetings}}</h2>
        {{^hasMeetings}}<p>{{words.noMeetings}}</p>{{/hasMeetings}}
        {{#hasMeetings}}<ul class="meetings">
        {{#meetings}}<li><time datetime="{{datetime}}">{{when}}</time>: {{title}}{{#place}}, {{place}}{{/place}}{{#presentations}}<br>{{.}}{{/presentations}}</li>
        {{/meetings}}</ul>{{/hasMeetings}}
        <h2>{{words.calendar}}</h2>
        <p>{{words.calendarHint}}</p>
        <p><a href="{{webcal}}">{{webcal}}</a></p>
        <p><a href="{{feed}}">{{feed}}</a></p>
        </main>
        </body>
        </html>

        """#
}

extension Templates {
    /// The page of an HTTP error for a browser (`ErrorView`).
    static let errorHTML = #"""
        {{> page-start}}
        <title>{{status}} – {{message}}</title>
        </head>
        <body>
        <main>
        <h1>{{message}}</h1>
        <p><a href="/">{{home}}</a></p>
        </main>
        </body>
        </html>

        """#
}

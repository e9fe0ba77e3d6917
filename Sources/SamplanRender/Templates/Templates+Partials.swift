extension Templates {
    /// The start of every HTML page, up to its `<title>` (a partial).
    static let pageStart = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">

        """#

    /// One feed's links on the subscribe page: `webcal://`, Google, and the address to copy (a partial).
    static let subscribeLinks = #"""
        <p><a class="subscribe" href="{{webcal}}" aria-label="{{subscribeLabel}}">{{words.subscribe}}</a> <a href="{{google}}">{{words.google}}</a></p>
        <p class="address">{{words.copy}} <a href="{{https}}">{{https}}</a></p>

        """#
}

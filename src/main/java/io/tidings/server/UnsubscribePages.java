package io.tidings.server;

import io.tidings.tracking.Engagement;

/** The plain pages a person sees on the unsubscribe link: the question with its button, and the answer. */
final class UnsubscribePages {

    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
            + "max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}"
            + "button{font:inherit;padding:.5rem 1.25rem;border-radius:6px;border:1px solid #1f6feb;"
            + "background:#1f6feb;color:#fff;cursor:pointer}";

    private UnsubscribePages() {
    }

    static String question() {
        return page("Unsubscribe", """
                <h1>Unsubscribe?</h1>
                <p>You will get no more of these emails at this address.</p>
                <form method="post">
                  <input type="hidden" name="List-Unsubscribe" value="One-Click">
                  <button type="submit">Unsubscribe</button>
                </form>""");
    }

    static String done(Engagement.Unsubscribed outcome) {
        return switch (outcome) {
            case OPTED_OUT -> page("Unsubscribed", """
                    <h1>You are unsubscribed</h1>
                    <p>You will get no more of these emails at this address.</p>""");
            case ALREADY_OUT -> page("Unsubscribed", """
                    <h1>You are unsubscribed</h1>
                    <p>This address was unsubscribed already: it gets no more of these emails.</p>""");
            case NOT_IN_AUDIENCE -> page("Unsubscribed", """
                    <h1>Nothing to unsubscribe</h1>
                    <p>This address is no longer on the list: it gets no more of these emails.</p>""");
        };
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + title + "</title><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
    }
}

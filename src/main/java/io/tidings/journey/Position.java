package io.tidings.journey;

/** Where a card sits on the designer's canvas, in canvas units; Pinpoint keeps no positions, Tidings keeps them beside. */
public record Position(double x, double y) {

    public static final Position ORIGIN = new Position(0, 0);

    public Position plus(double dx, double dy) {
        return new Position(x + dx, y + dy);
    }
}

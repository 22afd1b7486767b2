package io.tidings.journey;

/** How big a card is on the canvas, and where its output ports sit (from its top), in canvas units. */
public record CardSize(double width, double height, java.util.List<Double> portOffsets) {

    public CardSize {
        portOffsets = java.util.List.copyOf(portOffsets);
    }
}

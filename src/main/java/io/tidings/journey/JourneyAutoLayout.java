package io.tidings.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a journey out left to right with Eclipse ELK Layered: the entry first, each activity right of the one before
 * it, a split's paths in port order (Yes above No, Else last), crossings few. Pure: a graph and the cards' sizes in,
 * positions out; the same input gives the same output. The layout keeps the journey's top-left corner where it was.
 */
public final class JourneyAutoLayout {

    /** Room between cards side by side, and between one step and the next. */
    private static final double BETWEEN_CARDS = 40;
    private static final double BETWEEN_STEPS = 90;
    private static final Position FIRST_CORNER = new Position(40, 40);

    private JourneyAutoLayout() {
    }

    /**
     * Where each card goes. {@code sizes} gives each activity's card size; {@code entrySize} the entry card's (its
     * one port is the entry's Start).
     */
    public static JourneyLayout layout(JourneyGraph graph, Function<String, CardSize> sizes, CardSize entrySize) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, BETWEEN_CARDS);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, BETWEEN_STEPS);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

        ElkNode entry = card(root, entrySize, false);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String key : flowOrder(graph)) {
            nodes.put(key, card(root, sizes.apply(key), true));
        }
        connect(entry, 0, nodes.get(graph.startActivity()));
        nodes.forEach((key, node) -> {
            Activity activity = graph.activity(key);
            List<Port> ports = activity.config().ports();
            for (int index = 0; index < ports.size(); index++) {
                connect(node, index, nodes.get(activity.target(ports.get(index))));
            }
        });
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Position corner = corner(graph.layout());
        double left = entry.getX();
        double top = entry.getY();
        for (ElkNode node : nodes.values()) {
            left = Math.min(left, node.getX());
            top = Math.min(top, node.getY());
        }
        double dx = corner.x() - left;
        double dy = corner.y() - top;
        Map<String, Position> positions = new LinkedHashMap<>();
        nodes.forEach((key, node) -> positions.put(key, new Position(node.getX() + dx, node.getY() + dy)));
        return new JourneyLayout(new Position(entry.getX() + dx, entry.getY() + dy), positions);
    }

    /** The activities reachable from the entry breadth-first, then the others as they were added. */
    private static Set<String> flowOrder(JourneyGraph graph) {
        Set<String> order = new LinkedHashSet<>(graph.reachable());
        order.addAll(graph.activities().keySet());
        return order;
    }

    private static ElkNode card(ElkNode root, CardSize size, boolean hasInput) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(size.width(), size.height());
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        if (hasInput) {
            port(node, 0, size.height() / 2, PortSide.WEST);
        }
        for (double offset : size.portOffsets()) {
            port(node, size.width(), offset, PortSide.EAST);
        }
        return node;
    }

    private static void port(ElkNode node, double x, double y, PortSide side) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(1, 1);
        port.setLocation(x, y);
        port.setProperty(CoreOptions.PORT_SIDE, side);
    }

    /** Joins the node's output port at {@code index} to the target's input, when both are there. */
    private static void connect(ElkNode from, int index, ElkNode to) {
        if (to == null) {
            return;
        }
        List<ElkPort> outputs = new ArrayList<>(from.getPorts());
        if (from.getPorts().size() > 0 && from.getPorts().get(0).getProperty(CoreOptions.PORT_SIDE) == PortSide.WEST) {
            outputs.remove(0);
        }
        if (index < outputs.size()) {
            ElkGraphUtil.createSimpleEdge(outputs.get(index), to.getPorts().get(0));
        }
    }

    /** The top-left corner of the cards as they are, or a margin from the origin for a journey never placed. */
    private static Position corner(JourneyLayout layout) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        List<Position> all = new ArrayList<>(layout.activities().values());
        if (layout.entry() != null) {
            all.add(layout.entry());
        }
        for (Position position : all) {
            left = Math.min(left, position.x());
            top = Math.min(top, position.y());
        }
        return all.isEmpty() ? FIRST_CORNER : new Position(left, top);
    }
}

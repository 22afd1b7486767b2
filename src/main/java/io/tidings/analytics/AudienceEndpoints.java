package io.tidings.analytics;

import io.tidings.store.AttributeColumns;
import io.tidings.store.EndpointSets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * The audience's endpoints as sets of endpoint numbers (their keys), every one and those of each value of some
 * columns (a country, a platform): what a breakdown intersects the range's endpoint sets with.
 */
final class AudienceEndpoints {

    private final RoaringBitmap all;
    private final Map<AnalyticsRepository.EndpointColumn, Map<String, RoaringBitmap>> byValue;

    private AudienceEndpoints(RoaringBitmap all,
            Map<AnalyticsRepository.EndpointColumn, Map<String, RoaringBitmap>> byValue) {
        this.all = all;
        this.byValue = byValue;
    }

    /**
     * Reads the endpoint table once, for {@code columns}; an endpoint without a value counts under "". Each row's
     * values come as one text, joined with the separator attribute values never hold ({@link
     * AttributeColumns#SEPARATOR}), read as bytes: decoding two strings a row cost more than the rest of the read.
     */
    static AudienceEndpoints read(Connection connection, List<AnalyticsRepository.EndpointColumn> columns)
            throws SQLException {
        RoaringBitmap all = new RoaringBitmap();
        List<byte[]> combinations = new ArrayList<>();
        Map<ByteBuffer, Integer> combinationIndex = new HashMap<>();
        List<RoaringBitmap> endpointsOfCombination = new ArrayList<>();
        String values = String.join(" || char(31) || ",
                columns.stream().map(column -> "COALESCE(" + column.column() + ", '')").toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT key, " + values + " FROM endpoint");
                ResultSet rows = query.executeQuery()) {
            int last = -1;
            while (rows.next()) {
                Integer number = EndpointSets.audienceNumber(rows.getLong(1));
                if (number == null) {
                    continue;
                }
                all.add(number);
                byte[] combination = rows.getBytes(2);
                if (last < 0 || !Arrays.equals(combinations.get(last), combination)) {
                    last = combinationIndex.computeIfAbsent(ByteBuffer.wrap(combination), key -> {
                        combinations.add(combination);
                        endpointsOfCombination.add(new RoaringBitmap());
                        return combinations.size() - 1;
                    });
                }
                endpointsOfCombination.get(last).add(number);
            }
        }
        Map<AnalyticsRepository.EndpointColumn, Map<String, RoaringBitmap>> byValue =
                new EnumMap<>(AnalyticsRepository.EndpointColumn.class);
        columns.forEach(column -> byValue.put(column, new HashMap<>()));
        for (int i = 0; i < combinations.size(); i++) {
            String[] split = new String(combinations.get(i), StandardCharsets.UTF_8)
                    .split(String.valueOf(AttributeColumns.SEPARATOR), -1);
            for (int c = 0; c < columns.size(); c++) {
                byValue.get(columns.get(c)).computeIfAbsent(split[c], value -> new RoaringBitmap())
                        .or(endpointsOfCombination.get(i));
            }
        }
        return new AudienceEndpoints(all, byValue);
    }

    RoaringBitmap all() {
        return all;
    }

    Map<String, RoaringBitmap> byValue(AnalyticsRepository.EndpointColumn column) {
        return byValue.get(column);
    }
}

package io.tidings.analytics;

import io.tidings.store.EndpointSets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Reads the endpoint table once, for {@code columns}; an endpoint without a value counts under "". */
    static AudienceEndpoints read(Connection connection, List<AnalyticsRepository.EndpointColumn> columns)
            throws SQLException {
        RoaringBitmap all = new RoaringBitmap();
        Map<AnalyticsRepository.EndpointColumn, Map<String, RoaringBitmap>> byValue =
                new EnumMap<>(AnalyticsRepository.EndpointColumn.class);
        StringBuilder sql = new StringBuilder("SELECT key");
        for (AnalyticsRepository.EndpointColumn column : columns) {
            sql.append(", COALESCE(").append(column.column()).append(", '')");
            byValue.put(column, new HashMap<>());
        }
        try (PreparedStatement query = connection.prepareStatement(sql.append(" FROM endpoint").toString());
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Integer number = EndpointSets.audienceNumber(rows.getLong(1));
                if (number == null) {
                    continue;
                }
                all.add(number);
                for (int i = 0; i < columns.size(); i++) {
                    byValue.get(columns.get(i)).computeIfAbsent(rows.getString(i + 2), value -> new RoaringBitmap())
                            .add(number);
                }
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

package io.tidings.channel.accounts.ui;

/** Where a setting is in the settings JSON: what every kind of setting holds alike. */
abstract sealed class PlacedSetting implements Setting permits TextSetting, ChoiceSetting, SecretSetting, FlagSetting {

    private final String path;
    private final String provider;
    private final String key;

    PlacedSetting(String path, String provider, String key) {
        this.path = path;
        this.provider = provider;
        this.key = key;
    }

    @Override
    public final String path() {
        return path;
    }

    @Override
    public final String provider() {
        return provider;
    }

    @Override
    public final String key() {
        return key;
    }
}

package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import org.junit.jupiter.api.Test;

/** What a send job keeps of its account: everything but the secrets kept as values. */
class AccountRecordTest {

    private static ChannelAccounts smtp(Secret password) {
        return ChannelAccounts.SANDBOX.withEmail(new EmailSettings("news@shop.example", "Shop", null))
                .with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount("smtp.shop.example", 587,
                        SmtpSecurity.STARTTLS, "news", password, 2), 40.0));
    }

    @Test
    void aPasswordKeptAsAValueIsLeftOutAndNamed() {
        String kept = AccountRecord.of(smtp(new Secret("s3cret")), DeliveryChannel.EMAIL);

        AccountRecord.Kept read = AccountRecord.read(kept, DeliveryChannel.EMAIL);

        assertThat(kept).doesNotContain("s3cret");
        assertThat(read.isWhole()).isFalse();
        assertThat(read.secretsLeftOut()).containsExactly("password");
        assertThat(read.account().describe()).isEqualTo("the SMTP server smtp.shop.example:587 as news");
        assertThat(AccountRecord.same(read.account(), smtp(new Secret("another")).account(DeliveryChannel.EMAIL)))
                .isTrue();
    }

    @Test
    void aReferenceToAVariableOrFileIsNoSecretAndStays() {
        ChannelAccounts accounts = smtp(Secret.environment("SMTP_PASSWORD"));

        AccountRecord.Kept read = AccountRecord.read(AccountRecord.of(accounts, DeliveryChannel.EMAIL),
                DeliveryChannel.EMAIL);

        assertThat(read.isWhole()).isTrue();
        assertThat(read.account()).isEqualTo(accounts.account(DeliveryChannel.EMAIL));
        assertThat(read.accounts().email()).isEqualTo(accounts.email());
    }

    @Test
    void anotherServerOrTheSandboxIsNotTheSameAccount() {
        ChannelAccount started = smtp(null).account(DeliveryChannel.EMAIL);

        assertThat(AccountRecord.same(started, ChannelAccount.sandbox(DeliveryChannel.EMAIL))).isFalse();
        assertThat(AccountRecord.same(started, started.withProvider(new SmtpAccount("smtp.other.example", 587,
                SmtpSecurity.STARTTLS, "news", null, 2)))).isFalse();
    }
}

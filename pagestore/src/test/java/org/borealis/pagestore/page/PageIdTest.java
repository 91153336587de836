package org.borealis.pagestore.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PageIdTest {

    @Test
    void roundTripsThroughNineBytes() {
        PageId id = new PageId(0xFFFF_FFFE, Fork.VM, 0x8000_0001);
        ByteBuffer b = ByteBuffer.allocate(PageId.SIZE);
        id.writeTo(b);
        assertThat(b.position()).isEqualTo(9);
        assertThat(PageId.readFrom(b.flip())).isEqualTo(id);
        assertThat(PageId.readFrom(b, 0)).isEqualTo(id);
    }

    @Test
    void byteOrderIsIdOrder() {
        PageId[] ids = {new PageId(1, 0, 5), new PageId(1, 1, 0), new PageId(2, 0, 0), new PageId(0x8000_0000, 0, 0),
                        new PageId(1, 0, 0xFFFF_FFFF)};
        for (PageId a : ids) {
            for (PageId b : ids) {
                ByteBuffer x = ByteBuffer.allocate(9);
                ByteBuffer y = ByteBuffer.allocate(9);
                a.writeTo(x, 0);
                b.writeTo(y, 0);
                assertThat(Integer.signum(Arrays.compareUnsigned(x.array(), y.array())))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    @Test
    void parsesAndPrints() {
        assertThat(PageId.parse("16384/main/7")).isEqualTo(new PageId(16384, 0, 7));
        assertThat(PageId.parse("5/fsm/0")).isEqualTo(new PageId(5, 1, 0));
        assertThat(PageId.parse("4294967295/2/4294967295").toString()).isEqualTo("4294967295/2/4294967295");
        assertThatThrownBy(() -> PageId.parse("1/2")).hasMessageContaining("REL/FORK/BLOCK");
        assertThatThrownBy(() -> PageId.parse("x/0/1")).hasMessageContaining("numbers");
        assertThatThrownBy(() -> PageId.parse("1/300/1")).hasMessageContaining("fork");
    }
}

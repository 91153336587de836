package org.borealis.pagestore.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

class PageLayoutTest {

    @Test
    void initWritesTheHeaderAndLeavesTheLsnForRedo() {
        ByteBuffer p = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        p.put(100, (byte) 9);
        PageLayout.init(p, PageType.HEAP, 16);
        assertThat(PageLayout.type(p)).isEqualTo(PageType.HEAP);
        assertThat(PageLayout.lower(p)).isEqualTo(32);
        assertThat(PageLayout.upper(p)).isEqualTo(8192 - 16);
        assertThat(PageLayout.special(p)).isEqualTo(8192 - 16);
        assertThat(p.get(PageLayout.LAYOUT_VERSION)).isEqualTo((byte) 1);
        assertThat(PageLayout.lsn(p)).isZero();
        assertThat(p.get(100)).isZero();
        assertThat(p.position()).isZero();
    }

    @Test
    void specialSizeMustBeAlignedAndFit() {
        ByteBuffer p = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        assertThatThrownBy(() -> PageLayout.init(p, 1, 12)).hasMessageContaining("multiple of 8");
        assertThatThrownBy(() -> PageLayout.init(p, 1, 8192)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageLayout.init(p, 1, -8)).isInstanceOf(IllegalArgumentException.class);
        PageLayout.init(p, 1, 8192 - 32);
        assertThat(PageLayout.upper(p)).isEqualTo(32);
    }

    @Test
    void checksumCoversEveryByteButItsOwnField() {
        ByteBuffer p = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        PageLayout.init(p, PageType.RAW, 0);
        PageLayout.setLsn(p, 42);
        PageLayout.stampChecksum(p);
        assertThat(PageLayout.verifyChecksum(p)).isTrue();
        int sum = PageLayout.checksum(p);
        for (int i : new int[] {0, 7, 12, 31, 4000, 8191}) {
            ByteBuffer q = ByteBuffer.allocate(PageLayout.PAGE_SIZE).put(0, p, 0, PageLayout.PAGE_SIZE);
            q.put(i, (byte) (q.get(i) ^ 0x10));
            assertThat(PageLayout.verifyChecksum(q)).as("flip at %d", i).isFalse();
        }
        assertThat(PageLayout.computeChecksum(p)).isEqualTo(sum);
    }

    @Test
    void theAllZeroPageIsValidWithoutAChecksum() {
        ByteBuffer p = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        assertThat(PageLayout.isAllZero(p)).isTrue();
        assertThat(PageLayout.verifyChecksum(p)).isTrue();
        p.put(5000, (byte) 1);
        assertThat(PageLayout.verifyChecksum(p)).isFalse();
    }

    @Test
    void worksOnDirectBuffersAtAnyPosition() {
        ByteBuffer p = ByteBuffer.allocateDirect(PageLayout.PAGE_SIZE);
        p.position(100);
        PageLayout.init(p, PageType.BTREE, 8);
        PageLayout.stampChecksum(p);
        assertThat(PageLayout.verifyChecksum(p)).isTrue();
        assertThat(p.position()).isEqualTo(100);
    }
}

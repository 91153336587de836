package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowLayoutTest {

    private static final PgType[] STORED = {Types.INT4, Types.TEXT, Types.INT8, Types.TEXT};

    @Test
    void oldRowsKeepTheirValueForADroppedColumnAndNewRowsStoreNull() {
        byte[] old = RowCodec.encode(new Object[] {1, "gone", 7L, "kept"}, STORED);
        RowLayout dropped = new RowLayout(STORED, new int[] {0, 2, 3});
        assertThat(dropped.hasDropped()).isTrue();
        assertThat(dropped.decode(old)).containsExactly(1, 7L, "kept");
        byte[] fresh = dropped.encode(new Object[] {2, 8L, "new"});
        assertThat(RowCodec.decode(fresh, STORED)).containsExactly(2, null, 8L, "new");
        assertThat(dropped.decode(fresh)).containsExactly(2, 8L, "new");
        assertThat(dropped.attnum(1)).isEqualTo(3);
        assertThat(dropped.position(3)).isEqualTo(1);
        assertThat(dropped.position(2)).isEqualTo(-1);
    }

    @Test
    void aRowWrittenBeforeAddColumnReadsTheNewColumnAsNull() {
        byte[] twoColumns = RowCodec.encode(new Object[] {1, "gone"}, new PgType[] {Types.INT4, Types.TEXT});
        assertThat(new RowLayout(STORED, new int[] {0, 3}).decode(twoColumns)).containsExactly(1, null);
        RowLayout none = new RowLayout(STORED, new int[0]);
        assertThat(none.decode(twoColumns)).isEmpty();
        assertThat(RowLayout.identity(STORED).hasDropped()).isFalse();
    }
}

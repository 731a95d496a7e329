package dk.skranke.core.whatif.internal;

/** A stable sort of positions by a double key, without boxing (a plain merge sort). */
public final class IndexSort {

    private IndexSort() {
    }

    /** The positions 0..keys.length-1 ordered by key; equal keys keep their order. */
    public static int[] byKey(double[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (isSorted(keys)) {
            return order;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int left = 0; left < n - width; left += 2 * width) {
                merge(keys, order, buffer, left, left + width, Math.min(left + 2 * width, n));
            }
        }
        return order;
    }

    private static void merge(double[] keys, int[] order, int[] buffer, int left, int middle, int right) {
        if (keys[order[middle - 1]] <= keys[order[middle]]) {
            return;
        }
        System.arraycopy(order, left, buffer, left, right - left);
        int i = left;
        int j = middle;
        for (int k = left; k < right; k++) {
            if (j >= right || (i < middle && keys[buffer[i]] <= keys[buffer[j]])) {
                order[k] = buffer[i++];
            } else {
                order[k] = buffer[j++];
            }
        }
    }

    private static boolean isSorted(double[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] < keys[i - 1]) {
                return false;
            }
        }
        return true;
    }
}

package cn.street.civil.shared.excel;

/** 单元格文本的公共规则：公式注入判断与列宽估算。 */
final class SpreadsheetText {

	/** Excel 单元格最多容纳的字符数。 */
	static final int MAX_CELL_LENGTH = 32_767;

	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	private SpreadsheetText() {
	}

	/**
	 * 以 = + - @、制表符或回车开头（含全角 ＝ ＋ － ＠）的文本可能被表格软件当作公式，
	 * 必须以带“引号前缀”样式的文本单元格写出。
	 */
	static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠' -> true;
			default -> false;
		};
	}

	/** 按显示宽度估算列宽（中文等全角字符算两个字符宽），单位为 POI 的 1/256 字符。 */
	static int columnWidth(int displayWidth) {
		return Math.min(Math.max(displayWidth + 2, MIN_WIDTH), MAX_WIDTH) * 256;
	}

	/** 文本的显示宽度：全角字符计 2，其余计 1。 */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length() && width < MAX_WIDTH; i++) {
			width += text.charAt(i) >= 0x2E80 ? 2 : 1;
		}
		return width;
	}
}

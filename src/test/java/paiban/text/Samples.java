package paiban.text;

import paiban.diag.SourceSpan;
import paiban.font.FontLibrary;
import paiban.font.FontRole;

import java.nio.file.Path;
import java.util.List;

/** Shared fonts and original news-like test paragraphs. */
final class Samples {
    static final FontLibrary FONTS = FontLibrary.load(Path.of("fonts"));
    static final SourceSpan SPAN = SourceSpan.of(Path.of("2026-11-26/01-要闻/lead.md"), "2026-11-26/01-要闻/lead.md").at(7, 1);

    static final String ECONOMY = "本报北京11月25日电（记者林晓舟）国家统计局今天发布的数据显示，前三季度全国规模以上工业增加值同比增长5.8%，"
            + "其中高技术制造业增长9.6%，比上半年加快0.4个百分点。统计局新闻发言人在发布会上表示：“总体来看，经济运行‘稳中有进’的态势没有改变。”"
            + "他同时提醒，外部环境仍然复杂——部分行业订单回落，企业利润承压。数据显示，前三季度社会消费品零售总额达到36.2万亿元，"
            + "网上零售额增长7.1%；新能源汽车产量突破1000万辆，占汽车总产量的比重升至45.3%。在回答关于AI产业的提问时，发言人说，"
            + "以large language model为代表的新技术正在改变制造业的生产方式，全国已建成5G基站超过410万个……专家认为，"
            + "第四季度消费有望继续回暖，但需要警惕房地产投资下滑带来的拖累。";

    static final String WEATHER = "受强冷空气影响，今明两天我国北方大部地区将出现大风降温天气，内蒙古东部、黑龙江北部的最低气温可降至−25℃以下，"
            + "部分地区降温幅度超过12℃。中央气象台首席预报员提醒：「这次过程的特点可以概括为『降温猛、风力大、范围广』，公众出行请注意防寒保暖。」"
            + "气象专家还介绍，本次寒潮之后，华北平原的PM2.5浓度将明显下降，北京、天津等城市的空气质量有望达到优良水平。与此同时，"
            + "南方地区仍将维持阴雨天气，长江中下游沿线的累计降水量可达30～50毫米，局地超过80毫米。记者从中国铁路12306客户服务中心获悉，"
            + "截至今天上午10时，已有超过6.8万名旅客办理了改签或退票手续……铁路部门表示，将根据天气变化及时调整列车运行图，"
            + "并通过官方App和短信向旅客推送最新信息（详见本报今日第4版）。";

    static final String FORUM = "在昨天举行的2026年数字经济论坛上，来自东京的企业家𠮷田健一分享了他在中国开展跨境电商业务的经验。"
            + "他说，公司去年在华销售额达到122.57亿元，同比增长28.6%，其中超过一半来自直播带货。谈到技术路线时，"
            + "𠮷田先生用英语说了一句“Think globally, act locally”，随后又补充道：“我们的 open source 团队有300多名工程师，"
            + "他们每天都在GitHub上与中国开发者交流。”论坛期间，多家机构发布了《数字经济发展报告（2026）》等研究成果。"
            + "报告指出，我国数字经济核心产业增加值占GDP的比重已提高到10.1%，云计算、大数据、人工智能等领域的专利申请量连续五年位居世界第一"
            + "——这一成绩来之不易。与会代表普遍认为，下一步应当在数据要素市场化配置、平台经济规范健康发展等方面持续发力，让数字技术更好地服务实体经济。";

    static final String MARATHON = "本届国际马拉松赛共吸引了来自42个国家和地区的3.5万名选手参赛。男子组冠军由肯尼亚选手Kipchirchir以2小时06分32秒的成绩夺得，"
            + "刷新了赛会纪录；女子组前三名则被中国选手包揽。赛事组委会负责人介绍，今年首次启用了state-of-the-art的芯片计时系统，"
            + "误差可以控制在0.01秒以内。沿途设置的28个补给站共准备了12吨饮用水和4.6万根香蕉，志愿者人数超过3000人。"
            + "“跑到第35公里的时候，我真的想过放弃……”一位首次参赛的大学生说，“可是看到路边的市民一直喊‘加油’，我就咬牙坚持了下来。”"
            + "据统计，赛事期间全市酒店入住率达到92%，带动相关消费约4.8亿元。";

    static final List<String> PARAGRAPHS = List.of(ECONOMY, WEATHER, FORUM, MARATHON);

    private Samples() {
    }

    static TextRun serif(String text, double size) {
        return new TextRun(text, FontRole.SERIF, size, SPAN);
    }

    static TextRun run(String text, FontRole role, double size) {
        return new TextRun(text, role, size, SPAN);
    }
}

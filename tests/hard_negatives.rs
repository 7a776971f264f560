//! SPEC §3: the classes of benign text that must not fire. Each class is written in several
//! phrasings of its own (none is a row of the development set); none may reach medium in any
//! category, where a triager would see it.

use jiuming::{Category, Level, Message, assess};

/// Every text of `texts` is rated under medium in every category; the ones that are not
/// are reported together, with their level and signals.
fn quiet(class: &str, texts: &[&str]) {
    quiet_by(class, texts, |text| assess(Message::new(text)));
}

/// As [`quiet`], read by the lexicons alone (no wording model): for texts the model reads
/// as a crisis, whose phrases the lexicons must still leave alone.
fn quiet_in_the_lexicons(class: &str, texts: &[&str]) {
    let lexicons = jiuming::Detector::builder()
        .wording_model(false)
        .build()
        .expect("default lexicons");
    quiet_by(class, texts, |text| lexicons.assess(&Message::new(text)));
}

/// The texts of `texts` that `read` rates medium or above, reported together.
fn quiet_by(class: &str, texts: &[&str], read: impl Fn(&str) -> jiuming::Assessment) {
    let loud: Vec<String> = texts
        .iter()
        .filter_map(|text| {
            let a = read(text);
            (a.level() >= Level::Medium).then(|| {
                let terms: Vec<&str> = a.signals().iter().map(|s| s.term.as_str()).collect();
                format!("{text}: {:?} {terms:?}", a.level())
            })
        })
        .collect();
    assert!(loud.is_empty(), "{class}: {loud:#?}");
}

/// Every text of `texts` is rated at least `level` in `category`: the same words told as a
/// crisis, beside the quiet ones.
fn at_least(category: Category, level: Level, texts: &[&str]) {
    for text in texts {
        assert!(assess(*text).category(category).level >= level, "{text}");
    }
}

#[test]
fn intensifier_death_and_hyperbole() {
    quiet(
        "intensifier and hyperbole",
        &[
            "今天加班到十点 累死了",
            "这道题难得要死 谁会做",
            "笑死我了 你这表情包哪来的",
            "外面热死人了 空调开到最大",
            "饿得要死 先去吃碗面",
            "气死我了 快递又送错了",
            "宝贝想死你了 周末回来吃饭",
            "这个月忙得想死 终于发工资了",
        ],
    );
}

#[test]
fn a_risk_word_inside_a_longer_ordinary_word() {
    quiet(
        "word-boundary collisions",
        &[
            "电脑又死机了 文件没保存",
            "轻生活系列的沐浴露还有货吗",
            "这款游戏的自杀式冲锋打法太猛了",
            "手机卡死了 重启一下就好",
            "小区门口新开了家割包皮的医院广告真多",
            "单位组织去坐跳楼机 我不敢",
        ],
    );
}

#[test]
fn commerce_and_idiom() {
    quiet(
        "commerce and idiom",
        &[
            "清仓跳楼价 全场五折",
            "老板说亏本甩卖 跳楼价处理库存",
            "这价格简直是要我的命 太贵了",
            "双十一砍价砍到手软",
            "他这人一根筋 撞了南墙也不回头",
            "杀鸡焉用牛刀 这点小事别麻烦所长了",
            // A seller's price talk that ends in a suicide idiom, like 跳楼价.
            "老板说再便宜他就要去跳楼了，最低价了",
            "这批货卖这价我都想跳江了",
            "全场五折 这价格等于割肉",
        ],
    );
}

#[test]
fn games_films_books_and_news_about_others() {
    quiet(
        "games, films, books and news",
        &[
            "昨晚看的那部电影 女主最后跳海了 哭死我",
            "小说里男主被仇家追杀 最后同归于尽",
            "王者荣耀里我又被对面打野砍死了",
            "新闻说外省有个老人被冒充公检法骗了二十万",
            "电视剧里那个反派拿刀捅了警察 太吓人",
            "今日说法讲了一个网恋被骗的案子",
        ],
    );
}

#[test]
fn negation_resolved_past_and_fear_of_death() {
    quiet(
        "negation, resolved past, fear of death",
        &[
            "放心吧 我不会做傻事的",
            "我从来没想过死 就是最近有点累",
            "以前抑郁的时候想过轻生 现在吃药好多了 谢谢关心",
            "去年被刷单骗过两千 后来追回来了 现在不碰了",
            "上个月跟邻居吵架的事已经调解好了",
            "我特别怕死 体检报告一出来就紧张",
            "别担心我 考砸了而已 明天再战",
            // 别瞎担心: the negation reaches across 瞎 to the worry that opens a proximity term.
            "儿子别瞎担心 我又不会想不开",
            "你们不要瞎担心，我好得很，不会想不开",
        ],
    );
}

#[test]
fn forwarded_anti_fraud_notices_in_ten_styles() {
    quiet(
        "anti-fraud notices",
        &[
            "【警方提醒】凡是让你刷单返利的都是诈骗 凡是自称公检法要求转账到安全账户的都是诈骗",
            "国家反诈中心提醒您：不听不信不转账 接到可疑电话请拨打96110",
            "转发提醒：四不一要 不轻信 不透露 不转账 不扫码 要及时报警",
            "各位家长：近期有冒充老师在班级群收费的诈骗 请勿扫码转账 班主任不会私下收款",
            "社区通知：本周六上午在活动室开展反诈宣传 欢迎老年朋友参加 现场教大家装国家反诈中心APP",
            "反诈顺口溜：陌生来电要警惕 中奖退款是陷阱 安全账户是骗局 验证码不能给别人",
            "案例：受害人王某接到自称快递客服的电话 称其包裹丢失可理赔 按对方指示操作后损失三万元 警方提示快递理赔请走官方渠道",
            "温馨提示：银行工作人员不会索要您的短信验证码 谨防诈骗",
            "市场管理处提醒各位经营户：谨防冒充客户发假付款截图 收款以到账为准",
            "转给爸妈看看：凡是网上交友让你投资的都是诈骗 天上不会掉馅饼",
        ],
    );
}

/// The same vocabulary told as the crisis it resembles does fire: the classes above are
/// quiet for their context, not for their words.
#[test]
fn the_same_words_told_as_a_crisis_fire() {
    for text in [
        "我真的不想活了 药都攒好了",
        "我已经转了三万给那个客服 现在被拉黑了",
        "他拿着刀在我家门口说要砍死我",
        "累死了 活着真没意思 今晚就从楼顶跳下去",
        // The same idiom without a price: a loss, not a sale.
        "生意亏成这样我都想跳江了 今晚就去",
    ] {
        assert!(assess(text).level() >= Level::High, "{text}");
    }
}

/// Acts told by their consequences (a count of tablets and whether it is enough, water
/// running red under a door, a parent's goodbye with what to do after, instructions for
/// whoever finds the writer, thanks for being raised and then the phone off, a countdown
/// and then the group left) are critical; the same words in an errand, a question or a
/// hobby are quiet.
#[test]
fn acts_told_by_their_consequences_and_errands_in_the_same_words() {
    quiet(
        "errands in the words of an act",
        &[
            "吃的药好像不够 明天再去医院开点",
            "进门先别开灯 给你个惊喜",
            "维生素一整瓶吃完了 换个牌子试试",
            "一共三十颗珠子 够了吧 做个手串",
            "上周在天台边上站了一个多小时看烟花",
            "我妈把金镯子给我们姐妹分了 说留个念想",
            "快递员说谢谢 然后手机就关机了 估计没电了",
            "团购结束了 这几年谢谢大家支持 然后就退群了",
            "跟他说了再见 然后电话就关机了 他说要坐飞机",
        ],
    );
    // The wording model that learnt every round to 261 (2026-12-07) reads these three as a
    // crisis (先走 high, 吃了 high, 时候我 medium): false alarms of the model, which the
    // README lists. The lexicons leave them alone.
    quiet_in_the_lexicons(
        "errands in the words of an act",
        &[
            "等你找到我的时候我已经到家了",
            "妈妈先走了 你在家好好读书 晚上给你带好吃的",
            "儿子你记得降压药全吃了没 一天一片",
        ],
    );
    for text in [
        "药一共六十片 我数了 够了吧",
        "门缝底下渗出来的水是红的 她一直不开门",
        "孩子 爸爸先走了 以后听妈妈的话",
        "你们找到我的时候 帮我把猫送给隔壁",
        "发动机一直开着 车库门关死了",
        "女儿发来一句 谢谢爸妈把我养大 然后手机就关机了",
        "表弟在游戏群里发了个倒计时 然后就退群了",
    ] {
        assert_eq!(assess(text).level(), Level::Critical, "{text}");
    }
}

/// Scalding soup thrown over someone, petrol poured with fire threatened, one stroke of a
/// blade to settle everything: dispute-critical. A melon cut at one stroke and a petrol pump
/// that splashed are quiet.
#[test]
fn scalding_soup_petrol_and_one_stroke_of_a_blade() {
    quiet(
        "cooking and filling up",
        &[
            "切西瓜 一刀下去就解决了 好甜",
            "加油的时候油枪喷了我一身 烧了件衣服",
            "汤太烫了 差点倒在我身上 服务员赶紧道歉",
        ],
    );
    for text in [
        "隔壁摊的把一锅热油泼到他身上了 快来",
        "他拎着汽油往我店门口泼 说今晚就点了",
        "一刀下去一了百了 这个家我受够了",
    ] {
        assert_eq!(
            assess(text).category(Category::Dispute).level,
            Level::Critical,
            "{text}"
        );
    }
}

/// Pills gathered a box at a time across pharmacies, a bridge named with 上面, a rider's lock
/// swung at a head: critical. A pharmacy errand, a bridge's street lamp, a helmet against a
/// wall and a past wish looked back on as foolish are quiet.
#[test]
fn pharmacies_bridges_and_locks_in_errands_and_in_acts() {
    quiet(
        "errands, lamps and a wish left behind",
        &[
            "去药店买感冒药 顺便买包口罩",
            "楼下药店关门了 明天再去",
            "药店的阿姨说这个药一天吃一片 饭后吃",
            "桥上面的路灯坏了好几天了",
            "我拿头盔砸了一下墙 气死了",
            "读书那会儿失恋想过跳河 现在想想真傻 孩子都两个了",
        ],
    );
    for (text, category) in [
        ("跑了五家药店 每家只卖我一盒 现在攒够了", Category::SelfHarm),
        ("我站在大桥上面 不想活了", Category::SelfHarm),
        ("那个外卖员抄起u型锁砸他头 人倒地上了", Category::Dispute),
    ] {
        assert_eq!(
            assess(text).category(category).level,
            Level::Critical,
            "{text}"
        );
    }
}

/// A resolved past lowers a wish only until the wish comes back: told after the
/// resolution, a relapse (又开始想了, 那种念头又回来了) keeps it at least high.
#[test]
fn a_relapse_after_a_resolution_keeps_the_wish() {
    quiet(
        "resolved past",
        &[
            "前年想过自杀 后来看了医生 现在好多了",
            "大学那会儿想过轻生 现在想想挺傻",
            "以前想过自杀 现在好多了 就是胃病又犯了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::High,
        &[
            "前年想过自杀 后来看了医生 现在好多了 可这几天又开始想了",
            "大学那会儿想过轻生 现在想想挺傻 但最近那种念头又回来了",
        ],
    );
}

/// Petrol poured at a home's door is dispute-critical, a cut admitted as one's own doing is
/// self-injury, a fee withheld and a debt refused in Wu are disputes; petrol spilt at a
/// filling station and a bonus paid late are quiet.
#[test]
fn petrol_at_a_door_a_cut_admitted_and_fees_withheld() {
    quiet(
        "a filling station and a late bonus",
        &[
            "加油的时候油洒了一地 工作人员拿沙子盖上了",
            "提成这个月不给了 说下个月一起发",
        ],
    );
    for (text, category, level) in [
        (
            "半夜有人在我家门口泼了汽油 门上全是",
            Category::Dispute,
            Level::Critical,
        ),
        (
            "妹妹胳膊上好几道划痕 问了半天她承认是自己划的",
            Category::SelfHarm,
            Level::High,
        ),
        ("伊拖着不还钞票 都半年了", Category::Dispute, Level::Medium),
        (
            "设计费做完了又不给了 还说我做得不好",
            Category::Dispute,
            Level::Medium,
        ),
    ] {
        assert!(assess(text).category(category).level >= level, "{text}");
    }
}

/// A knife bought or whetted for someone else is a dispute's weapon and no plan of one's own;
/// a relative's worry denied (其实我根本没那个念头) reassures; a knife whetted for dumplings
/// is quiet; cards, passwords and papers handed over 'from now on' are a farewell.
#[test]
fn a_knife_for_someone_else_a_worry_denied_and_papers_handed_over() {
    quiet(
        "a worry denied and a kitchen knife",
        &[
            "我姐老担心我想不开，其实我根本没那个念头，就是最近累",
            "过年包饺子，菜刀磨好了，肉馅也剁好了",
        ],
    );
    for text in [
        "我表哥说明天就去削那个骗子，刀都买好了",
        "他今晚要去砍那个工头，刀已经磨好了，谁劝都不听",
        "我今天非要削他不可，刀就在包里，别劝我",
    ] {
        let assessment = assess(text);
        assert_eq!(
            assessment.category(Category::Dispute).level,
            Level::Critical,
            "{text}"
        );
        assert!(
            assessment.category(Category::SelfHarm).level < Level::Medium,
            "{text}"
        );
    }
    at_least(
        Category::SelfHarm,
        Level::High,
        &[
            "银行卡密码是你生日，孩子交给你了",
            "家里的户口本存折都在抽屉里，以后就靠你们了",
        ],
    );
}

/// Errands told in the words of the lines the nineteenth stop learnt: rope carried up a
/// hill, a bankbook left with someone before a walk by the river, thanks for a long chat,
/// clothes given away, a cigarette-burnt ashtray, a child crying that nobody can hold back,
/// friends called round for dinner. None is a crisis; beside a wish, a goodbye or a gang
/// called for the writer, the same words are.
#[test]
fn errands_in_the_words_of_the_nineteenth_stops_lines() {
    quiet(
        "errands in the words of the nineteenth stop's lines",
        &[
            "带着绳子去山上捆柴火，中午不回来吃饭",
            "我爸拎着一根麻绳去后山绑竹子了",
            "揣着尼龙绳去公园后面帮人拉横幅",
            "钥匙都给我了，他去河边钓鱼了",
            "银行卡都交给我了，她去江边散步，说晚点回来",
            "银行卡密码发你了，给我女儿交学费用",
            "支付密码告诉你了，给孩子买点文具",
            "谢谢你听我唠叨，保重身体，下次聊",
            "谢谢您陪我聊了这么久，保重，早点休息",
            "衣服捐了，以后穿不上了，孩子长得太快",
            "旧鞋子打包捐了，小了穿不着了",
            "钥匙交给我了，帮他照顾他爸妈几天，他出差",
            "钱包都给我了，让我照顾一下他爸妈，他去医院陪床",
            "中午喝了点酒，下午去店里买稀释剂刷油漆",
            "想喝点东西，店里的稀释剂用完了记得补货",
            "烟灰缸里全是烟疤，桌子也被烫了好多烟头印",
            "哭喊着要救人，我们拉不住那只狗",
            "孩子在哭喊着要妈妈，奶奶拉不住",
            "叫了几个兄弟晚上过来我家吃饭",
            "喊了他那边的老乡明天来宿舍帮忙搬家",
            "我的猫麻烦你找人养几天，我回老家过年",
            "我家狗帮我找人养一个月，我要去外地培训",
            "像路边的垃圾一样没人管，这个小区的卫生真差",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "他拿着绳子去后山了，走之前说活着没意思",
            "我带着根麻绳去小树林，不想活了",
            "谢谢你听我唠叨了这么久，以后不打扰你了",
            "剩下的钱给我办后事，别给我买墓地",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::High,
        &["胳膊上全是烟疤，是我自己烫的", "我刚喝了香蕉水，胃里烧得慌"],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &["叫了一帮兄弟今晚来堵我", "他找了几个人说明天过来找我算账"],
    );
}

/// The families of rounds 266 to 268, each told as the crisis it is and as an errand in
/// the same words: empty pill bottles beside someone who cannot be woken, and a bottle
/// that has run out; 'better to jump in the river', and a child off to swim; a ticket tout
/// gone with the money; 'whoever comes in gets cleaved', and a game's boss.
#[test]
fn the_families_of_rounds_266_to_268_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 266 to 268",
        &[
            "你跟孩子他爸说我对不住他，家长会我又忘了",
            "这个坎是过不去了，这次考试又挂了",
            "头发一把一把地掉下来，是不是该去看医生",
            "今天这个副本打不过，今天不弄死你这个boss我不睡觉",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "我妈床头放着两个空药瓶，怎么喊都叫不醒",
            "我爸吵完说还不如去跳江，摔门出去了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::High,
        &["他说不想再踩刹车了，车上就他一个人"],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &["他拎着刀在门口喊，谁敢进来就劈谁"],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &["前男友半夜开门进来了，就站在床边盯着我"],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "我妈卡里的钱被转走了三万，她还以为是银行在帮她升级",
            "说帮我抢票的那个人收了八百就没影了",
        ],
    );
}

/// The families of rounds 269 and 270 (a dialysis centre; an old quarter being demolished),
/// told as the crisis and as the errand: treatment refused to wait for death, and a
/// patient persuaded; a catheter torn out with help refused, and a nurse removing a drip; a
/// poison kept for the bulldozer; word put out of a killing; a man kicked on the ground,
/// and friends called round for a drink.
#[test]
fn the_families_of_rounds_269_and_270_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 269 and 270",
        &[
            "我爸不肯去做化疗，说白花钱，我们劝了好久他才答应",
            "护士把留置针拔了，血止不住按了好久",
            "孩子上学路上出了事别怪我没提醒，下雨天路滑",
            "买了特效药的那个病友后来人不见了，听说转院了",
            "家里的农药放哪安全点，孙子来了怕他乱摸",
            "周六下象棋，老李说要杀我个片甲不留",
            "昨晚做梦被骗子骗了钱，醒了一看余额还在",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "我妈说透析不做了，就这么等着，让我们别管她",
            "他自己把透析管扯掉了，不让我们叫医生",
            "我外公把敌敌畏放在枕头底下，说拆迁队一来就喝",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "有人扬言明天来砍我们全家，就因为补偿款的事",
            "我爸被他们推倒在地，还在用脚踹",
        ],
    );
}

/// The families of rounds 271 and 272 (a village before Spring Festival; internet cafés),
/// told as the crisis and as the errand: a bottle of pills in a hotel, and a fever broken
/// with a heap of them; a shotgun brought out at a door, and one taken hunting; a pole
/// swung at a son, and at a dog; cornered in a toilet, and gaming in a room while relatives
/// play mahjong; a game account bought and taken back.
#[test]
fn the_families_of_rounds_271_and_272_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 271 and 272",
        &[
            "在酒店吃了一堆药才退烧，明天退房",
            "把猎枪拿出来了，跟他们去山上打野兔，有证的",
            "他拿棍子追着狗打，狗跑了",
            "躲在房间里打游戏，外面有好几个亲戚在打麻将",
            "奔现的网友说她钱不够，我们AA制吃饭",
            "这条命今天不要了也得把这个副本打通哈哈",
            "没有我家里就不会这么热闹了",
            "【平安乡村】邻里矛盾及时调解，严禁持械斗殴",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "我爸在宾馆吞了一瓶药，电话里说话都含糊了",
            "他说要当着包工头的面把自己点了，汽油都买好了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Medium,
        &["阎王爷怎么还不来收我，活着太受罪了"],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "他把土铳端出来了，站在我家门口骂",
            "我老公拿擀面杖追着儿子打，快来",
            "我被堵在宿舍厕所里，门外有一帮人在踹门",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &["卖家收钱后把号找回了，我花了一千五"],
    );
}

/// A game or the internet as a story (游戏里他拿刀追着我砍) is quiet; as the place where a
/// real quarrel or acquaintance began (游戏里结的仇, 游戏里认识的网友, 网上对骂的人), what
/// follows happens offline and counts.
#[test]
fn a_game_as_a_story_and_as_where_a_feud_began() {
    quiet(
        "a game as a story",
        &[
            "游戏里他拿刀追着我砍，笑死",
            "游戏里我们天天对砍，他是我最好的队友",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "游戏里结的仇，他今晚拿着刀在楼下等我",
            "有人拿着砍刀在网吧门口堵他，说是游戏里结的仇",
        ],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &[
            "我儿子被网上对骂的人约出来打了，头都破了",
            "我弟被游戏里对骂的人约出来打了，眼睛都肿了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::High,
        &["女儿游戏里认识的网友说他想自杀，药都买好了"],
    );
}

/// A dream is the dreamer's however they are named before it (我梦见, 我妈说梦到): the
/// knife and the blows in it are quiet; what the dreamer finds on waking is real.
#[test]
fn a_dream_told_by_its_dreamer() {
    quiet(
        "a dream told by its dreamer",
        &[
            "我梦见有人拿着刀追我，吓醒了一身汗",
            "我姐说她梦到跟前夫打起来了，醒了还心慌",
            "我梦到被骗子骗走了十万，醒来赶紧看了余额",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &["做了个梦，醒来发现他真的拿刀站在我床边"],
    );
}

/// The families of rounds 273 and 274 (neighbourhood supermarkets; a mountain village turned
/// scenic spot), told as the crisis and as the errand: a fake payment code pasted over the
/// shop's; a rental paid for that was never let; a cooperative gone with the savings; a
/// 'found' wallet shared for a pledge of gold; a cleaver in a drunk man's hand, and in a
/// cook's; a stool taken out to sit in the cool.
#[test]
fn the_families_of_rounds_273_and_274_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 273 and 274",
        &[
            "捡到钱包了，里面有身份证，跟同事说好了对半分奖励的鸡腿，已经交给保安了",
            "他拿着切菜刀在厨房切土豆丝，刀工真好",
            "小孩拿着棍子在那抡，玩孙悟空呢",
            "抄了板凳坐到门口乘凉",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "店门口的收款码是别人贴的假码，今天收的钱都没到账",
            "押金转过去了，房东说从没往外租过",
            "那个旅游合作社把村里十几户的钱都卷跑了",
            "两个人说捡到钱要分我妈一半，叫她拿金项链作押，她都给人家了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &["我就吊死在这院里，让他们收房的看看"],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &["有个醉汉拿着剔骨刀在店门口晃", "他扛着猎枪去村委找人了"],
    );
}

/// A quarrel already settled: talked round by the mediator, a child soothed with a sweet,
/// an apology made in person. A fight still going is not. (Taking turns now, 现在说好了轮流,
/// settles the lexicons' quarrel, but the wording model reads 说好 as a dispute: README,
/// Limitations.)
#[test]
fn quarrels_settled_in_everyday_words() {
    quiet(
        "quarrels settled",
        &[
            "两个孩子抢滑板车打起来了，一人一根冰棍就哄好了",
            "社区调解员把楼上楼下吵架的两家劝好了",
            "上周砸我们玻璃的那个人今天专门来道歉了，钱也赔了",
        ],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &["两家人在楼道里打起来了，劝都劝不开，快来"],
    );
}

/// The families of round 275 (a highway service area and its truck drivers), told as the
/// crisis and as the errand: a jab or a drip is no blow; a game character still fighting is
/// no beating going on; a course for licence points is no fixer; a feud of long ago between
/// men who are brothers now is settled. (A letter left in a drawer for someone to post is
/// read by the wording model as a farewell, high, as it was before these lines.)
#[test]
fn the_families_of_round_275_and_errands_in_their_words() {
    quiet(
        "errands in the words of round 275",
        &[
            "我被打了一针 现在还在打点滴",
            "孩子被打了疫苗 还在打哈欠",
            "他挨打的那个游戏角色还在打boss",
            "我抓着方向盘头往前一冲 差点撞上",
            "以前不懂为啥有人想不开 现在懂了是抑郁症 得治",
            "交完了物业费 问了物业 没这个人欠费",
            "找了个驾校能消分的课程 先交两百学费",
            "我侄子跑货拉拉的 说网贷天天打他爸妈电话",
            "当年为争一车货差点动刀子 现在是拜把子兄弟",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "她前夫说要砍死她",
            "他拿着土铳说找老刘算账",
            "我哥抓着嫂子头往车门上撞",
            "我被打 他还在踢",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Medium,
        &[
            "睡车里冻得直哆嗦 有时想就这么冻过去算了",
            "以前不懂有些人为啥想不开 现在有点懂了",
            "没有我 她们娘俩兴许过得还好点",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &["给我闺女的信放副驾储物箱了 你们找着车就能看见"],
    );
    at_least(
        Category::FraudVictim,
        Level::High,
        &["找了个能消违章记录的 他要先收一千五 我还没转"],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "付了定金 又说运费不够 又付 货影子都没有",
            "刚转的 五分钟前 拦得住吗",
            "钱转了 打电话问车队 根本没这人",
        ],
    );
}

/// The families of round 276 (a neighbourhood pharmacy and the clinic next door), told as
/// the crisis and as the errand: a game's enemies killed to the last, a man knocking with a
/// carrying pole to sell vegetables, a haircut held still, a mall's golden-egg game, a pill
/// coaxed into a grandmother.
#[test]
fn the_families_of_round_276_and_errands_in_their_words() {
    quiet(
        "errands in the words of round 276",
        &[
            "这个游戏里把他们全杀了就通关",
            "大爷拿着扁担敲门 问要不要买菜",
            "约好去砸金蛋 商场活动",
            "网上买的东西没到 电话也不接 原来是快递员生病了 今天送来了",
            "孙子跟我说这药是糖豆 哄我吃下去了 小鬼头",
        ],
    );
    // The wording model reads 破了 here as a dispute (high), as it did before these lines.
    quiet_in_the_lexicons(
        "a haircut held still, in the words of round 276",
        &["我被人按在椅子上剪头发 头破了点皮"],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "治不好就把店里的人全杀了",
            "我弟说要去宰了那女的，刚打车走了",
            "那人把输液瓶砸碎了拿碴子指着他",
            "欠药钱那个拿根木棒在砸我们卷帘门",
            "我弟被人按在诊所门口打 头破了流血",
            "我儿子把他爸推下楼梯了 还在踢 拦不住",
            "我在药店里不敢出去 外面那几个人一直在路边等我",
            "刚从家跑出来 藏在卫生院走廊 他开着车在外面转",
        ],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &["群里有人约着明天上午十点去砸那家卖假药的店"],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "给那个卖深海鱼油的打了五千块 东西没到 电话也不接了",
            "办了张理疗卡 那店连夜搬走了",
            "买了台溶栓仪一万九，回来一查没有批号",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Medium,
        &["说免费送血压计 只要付19块运费"],
    );
}

/// The families of rounds 277 and 278 (a stone quarry and its gravel trucks; a flower,
/// seedling and fish market), told as the crisis and as the errand: a blaster carrying
/// explosives to work, a car washed with its driver in it, a question after a death about
/// the insurance, a water pistol, an unknown nephew who is only news, a cable no knife cuts,
/// a school assignment about the police, an emperor's court in a book.
#[test]
fn the_families_of_rounds_277_and_278_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 277 and 278",
        &[
            "爆破员背着炸药包上山了 今天放炮",
            "抬着炸药箱去库房登记 老板在门口等着",
            "把车开进洗车房 连人带车一起冲了个澡",
            "他出个事死了 保险还能给家里留点钱吗 我想问问理赔",
            "我在厕所里 外面的人喊我吃饭",
            "拿着个像枪的水枪 孩子在院子里玩",
            "他们要把我扔进鱼塘里 泼水节玩疯了",
            "给孩子订了蛋糕 付了定金 再打电话 老板说明天送",
            "从来不知道他有个外甥在北京上学 今天才听说",
            "投一万块买了个锦鲤苗 年底分池",
            "老汉说那根钢缆“拿刀砍都砍不断”，结实得很",
            "书上说古时候宫女犯了错要上吊 真吓人",
            "我们学校布置作业 要采访你们怎么劝轻生的人 可以吗",
            "九几年被人骗去山西挖煤 那都是老黄历了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "从碎石机那个料仓口跳下去 是不是人就直接没了",
            "我要把车开进石场那个大水塘里去 连人带车",
            "我准备当着他们的面在摊位上把汽油浇身上",
            "怎么割才不会被救回来",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Medium,
        &["要是跑车出个事死了 保险还能给屋里留点钱"],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "再不给他结账，他就抱着炸药包进老板屋",
            "有人往我家窗户里扔了个点着的瓶子",
            "路再给他挖断，他就开大车把我碾死",
            "我在厕所里给你发的 他们在外头砸东西找我",
            "有个人揣着个像枪的东西在花市里转，到处问姓陈的摊位在哪",
            "他们放话说我今晚敢开门就把我沉到鱼池里",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &["给供货商打了八千订金 今天再打电话 空号"],
    );
    at_least(
        Category::FraudVictim,
        Level::High,
        &["他要去银行汇钱给一个外甥 我们从来不知道他有外甥"],
    );
    at_least(
        Category::FraudVictim,
        Level::Medium,
        &["群里有人推养殖合作 投一万养一池锦鲤 年底分三成"],
    );
}

/// The families of rounds 279 and 280 (a veterinary station and its farmers; a
/// building-materials market), told as the crisis and as the errand: an anaesthetic dosed
/// for walking, a pig put down, flour bought by mistake, a regular training fee, a slack
/// month on a platform, a phone number unchanged, an advertising group, a game's boss, a
/// child's hair washed, a cutter carried upstairs, a nurse's vaccine.
#[test]
fn the_families_of_rounds_279_and_280_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 279 and 280",
        &[
            "麻药打多少 人能走路",
            "这猪打多少毫升能让它走得不遭罪 安乐死",
            "打开一看是面粉 我妈买错了 本来要买淀粉",
            "公司收了培训费 发了证书 挺正规的",
            "又交了会费 一单没接到 这个月淡季",
            "本人来了 说他没换号 手机号还是那个",
            "被他们拖进群里了 一堆广告",
            "快被打死了 这个游戏boss太难了 快来帮我",
            "我把孩子头按到水盆里洗头 他哭得要命",
            "拎着切割机冲到二楼 工期赶得很",
            "护士拿着针管说有病毒要扎我 打疫苗呢",
            "卖灭火器的今天在市场门口演示喷 一群人围着看热闹",
            "对门老板天天说要“弄死”我 打麻将时候说的 我俩好得穿一条裤子",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "兽医站那个氯化钾 打多少毫升人能走得不遭罪",
            "想问下 油漆稀料喝多少能让人走掉",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "寄了两千买包治猪病的神药 寄来的就是一包葡萄糖粉",
            "搬运工在网上找活 让人收了培训费服装费八百多",
            "先交入会费298 又说升级会员才能接单 又交了1880 到现在一单没接到",
            "让先给供应商打八万七货款 打完了老板回来说没发过",
            "我给他打了1500买疫苗 王兽医本人刚才来了 说他没换号",
            "叫他先打两万进去走账 打了 中介关门了",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "隔壁用耗子药药死我十几只鸡 还放话说下回药的就是人",
            "你等着 弄不死你我不姓王",
            "他一直往郊区开 说要找个没人的地方把我解决了",
            "把她脑壳按到水缸里 现在还在弄",
            "我刚挣脱跑出来 他还在后头追",
            "老板快被打死了 在后面仓库 快来",
            "我弟被那帮人拖进仓库了 门关上了",
            "瓷砖店老周拎着切割机冲到我门口了",
        ],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &["我妈被我爸踢了好几脚 现在躺床上"],
    );
}

/// The families of rounds 281 and 282 (a coal-mining town after the mines closed; an
/// overseas-Chinese home village), told as the crisis and as the errand: a field by the
/// line, a birthday wish for the next life, a loan asked back, pocket money saved, a club
/// each for the jujube harvest, hide-and-seek, a game's village, a house signed to a son, a
/// warning passed on.
#[test]
fn the_families_of_rounds_281_and_282_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 281 and 282",
        &[
            "选好了 铁路线旁边那块地种菜",
            "下辈子还做你的女儿 妈妈生日快乐",
            "存到安全的卡里 我妈让我把零花钱存到安全的卡里",
            "一人一根棒子 去打枣 往我家那边走",
            "游戏里把村里的人都杀了 通关了",
            "签了一沓字 房子过户到我儿子名下了",
            "群里这条杀猪盘的提醒写得好 我转给我表弟了",
            "转发：家暴不是家务事 人身安全保护令可以向法院申请 请互相转告",
        ],
    );
    // The wording model reads these as a crisis (self-harm high, a dispute medium or
    // high), as it did before these lines; the lexicons leave them alone.
    quiet_in_the_lexicons(
        "errands the model reads, in the words of rounds 281 and 282",
        &[
            "借给朋友的钱还能要回来吗 他一直拖",
            "我藏在窗帘后面 孩子挨屋找我 捉迷藏",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "看好了 矿区后头那条运煤铁道 晚上十点那趟车",
            "帮我同阿强讲 下世再做母子",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::High,
        &["不给他出国的钱 就先把我砍了 他自己再去跳海"],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "我刚按他说的转完，他又让再转一笔，钱还能回来吗",
            "说是以房养老 每月给她钱 签了一沓字 现在房子都过户到人家名下了",
            "把卡里的钱都挪到另一张安全卡上了 那张卡是他让我办的",
            "网上订的回乡车票 付了钱没票 客服也不理人",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "他们家三个儿子都出来了 一人一根棒子 正往俺家这边走",
            "我藏在邻居家衣柜里 他挨屋找我",
            "那家人放出话来了 打死算球",
            "收账那几个人在我妈家不走 把我妈按沙发上不让动",
            "我爸讲要去把叔公那房的人都杀了 刚冲出门",
        ],
    );
}

/// The families of rounds 283 and 284 (night-time street stalls and the city-management
/// officers; a tunnel-construction camp), told as the crisis and as the errand: rubbish
/// fished out of the river, a stall handed on before leaving for work elsewhere, a
/// second-hand book from someone met online, a concert ticket returned, a gas cylinder
/// waiting for the delivery man, a wrestling match, New Year visits, a tickle game; and the
/// notices, leaflets, clips and carving that read like violence.
#[test]
fn the_families_of_rounds_283_and_284_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 283 and 284",
        &[
            "摊位转给小陈了 我今晚安安静静地走 不跟大家告别了 去外地打工",
            "转给了网友 面都没见过 买的二手书 挺好",
            "交了才知道是假的 那张演唱会票 退了",
            "煤气罐搬到门口 等送气的来换",
            "被按在地上了 摔跤比赛 快来看",
            "挨家找我 拜年呢 我不敢回家 怕被灌酒",
            "躲在被窝里 抓到就挠痒痒",
            "社区发的反家暴宣传单我贴摊子上了 需要的姐妹可以拍一下",
            "那家烤鸭师傅拿刀现场片鸭子 围了一圈人拍视频",
            "这个抖音笑死 媳妇拿擀面杖追着老公满院子跑",
            "【平安工地】严禁酒后斗殴 严禁私藏管制刀具 发现情况请及时报告",
            "去年收保护费那事多亏你们 现在这条街太平多了",
            "我们村以前有个人被骗去缅甸 前几年的事了 后来回来了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &["罚单撕了扔江里了 人马上也下去"],
    );
    at_least(
        Category::SelfHarm,
        Level::Medium,
        &[
            "世界上少我一个也没啥",
            "哪天塌方把我埋里头也好 省得受这份罪",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "我妈把退休金转给了一个认识三个月的网友 人也没见过",
            "客服说要交3000保证金 交了才知道那不是官方的",
            "直播间买的金镯子 一看是假的 店铺也找不到了",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "彪哥放话 谁敢去派出所 就让谁见不到明天的太阳",
            "他们把我关在面包车里 不签欠条就别想活着下车",
            "他们说逮着我就埋了我",
            "他们打着手电在找我 说找到了往死里打",
            "就叫人把我扔进炸药坑里 连骨头都找不着",
            "我爸把液化气罐扛到城管中队门口了",
            "他把我按在烤炉上 快来",
            "我老公被按地上了 你快来啊",
            "他开车带人在村里挨家找我 我不敢回家",
        ],
    );
}

/// A verb of killing aimed at someone (说今晚非把姓王的打死, 迟早要了我的命, 让谁活不过年)
/// is evidence only: errands and chores that use the same verbs (杀鸡, 把单子做了, 要了我的
/// 老命) stay quiet, and with a quarrel beside them they stay below critical; beside a quarrel
/// or a threat the wording tells, the same verbs make a threat to kill.
#[test]
fn kill_words_count_beside_another_sign_of_a_dispute() {
    quiet(
        "killing verbs in errands",
        &[
            "今天去把鸡杀了 晚上炖汤",
            "游戏里我要去把那个boss干掉",
            "这活真要了我的老命了 腰都直不起来",
            "叫上老王一起上天台喝茶",
            "迟早把这堆旧账解决掉",
            "准备把他家门口那棵歪脖子树砍了 挡光",
        ],
    );
    for text in [
        "他跟我吵了一架 说要把那个报表做了再走",
        "我要去把那个单子做了 老板催得急",
        "他把那个蟑螂打死了 吓我一跳",
    ] {
        let level = assess(text).category(Category::Dispute).level;
        assert!(level < Level::Critical, "{text}: {level:?}");
    }
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "他喝了酒在院子里骂 说今晚非把姓王的打死",
            "他放话谁敢拆他的棚就让谁活不过年",
            "为了宅基地吵了三年 我叔说早晚把他们一家收拾掉",
            "工钱的事闹翻了 他说要拉着包工头一起跳河",
        ],
    );
}

#[test]
fn the_families_of_rounds_289_and_290_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 289 and 290",
        &[
            "躲在被窝里看小说 我妈在找我吃饭",
            "孩子躲在衣柜里 在找我们玩捉迷藏",
            "我只能打字 在开会 躲在会议室角落",
            "后备箱里有把刀 切西瓜用的",
            "菜刀我都磨好了 晚上剁排骨",
            "往人堆里冲 抢打折鸡蛋的大妈太猛了",
            "花圈店说给你家送花圈要先付定金",
            "这活让你人没了精神",
            "我让你活不到一百岁才怪 天天熬夜",
            "带瓶药去江边钓鱼 防蚊虫的",
            "好友都删光了 换了个新号 就留了你一个老同学",
            "刀放在枕头底下 防身用的 一直没用过",
            "又充了两百话费",
            "说我信用卡逾期 我查了真的忘还了",
            "听老辈人讲 以前这里有人跳河",
            "我不想活成我爸那样",
            "站在楼顶上拍了张日落 老好看了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "揣着药去水库边上坐一会 没人找得到我",
            "绳子藏在床底下好几天了 还是下不了手",
            "群里的好友都删了 到时候总得有人收拾屋子",
            "我爸打电话跟我说存折在哪 不让我回去",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Medium,
        &["家里人没了我反而更轻松", "想了一整夜怎么死"],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "钱都没了 他把我拉黑了",
            "理财群说充值送金 我又充了三万 现在提不出来",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Medium,
        &[
            "装了个软件 手机被人控制着 一直在动",
            "短信说我花呗逾期 要上征信 让我加客服",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "我躲在仓库里 他们还在外面转",
            "别回电话 我藏在车底下",
            "他说要给我们全家送花圈",
            "他放话说一刀结果了你",
            "他们说要让你全家死绝",
            "那伙人说要把我埋了 还说到处都是荒地",
        ],
    );
}

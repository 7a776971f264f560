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

/// The families of rounds 285 to 288 were drafted by three helpers, one for each category,
/// each line tried on errands of its own (the quiet list) and on crisis forms in other words
/// than the rows it came from (the rest); errands that older lines or the wording model
/// already rated medium are left out, as they test nothing of these lines.
#[test]
fn the_families_of_rounds_285_to_288_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 285 to 288",
        &[
            "孩子误吃了干燥剂会死吗，要去医院吗",
            "维生素吃多了会死吗，一天要吃多少合适",
            "狗狗吃了巧克力会死吗，要吃多少才会中毒",
            "鱼食喂多了鱼会撑死吗，一天喂几次",
            "明天老板要是发现我没来上班，就说我请假了",
            "我没来上工是因为发烧，师傅说不用找人顶了",
            "孩子发现我不在家就哭，别找了让他哭一会",
            "考完试了，行李都收拾好了，终于可以睡个长觉了",
            "婚礼的事都安排妥当了，今晚可以睡个长觉了",
            "行李寄回老家了，下周的火车，放假可以睡个长觉",
            "猫送人了，我对猫毛过敏，总算能睡个好觉",
            "想给谁打个电话问问这个药怎么吃",
            "那个水库水有多深，能不能游泳",
            "井有多深，孩子掉下去还能上来吗，得盖个盖子",
            "水库深不深，人下去游泳安全吗",
            "我在楼顶晒被子，你别下来了",
            "我在房顶上修瓦，一会就好",
            "我在楼顶上收衣服，别叫人了，我自己拿得动",
            "店里火锅的火好旺，我想进去吃",
            "篝火晚会好热闹，大家都围着火跳舞",
            "炉火正旺，屋里暖和得很，想进去睡会",
            "窑火烧了三天，想看看出窑的瓷器",
            "夏天一到他就带着孩子去河边游泳",
            "她抱着孩子去河边散步",
            "我带着孩子跳绳，跳了一下午",
            "奶奶拿着药瓶子非要自己去医院，我拦不住",
            "我妈拿着农药去地里打药了，拦不住，下雨也去",
            "孩子兜里装满了石头，在河边玩打水漂",
            "背包里装了好多鹅卵石，从海边捡的",
            "口袋里全是石头，带回家给鱼缸造景",
            "冬天屋里烧炭盆取暖，一定要开窗通风，关紧门窗会中毒",
            "炭火锅要关紧门窗吃吗？不会中毒吧",
            "炭炉放屋里，关紧门窗，多久会一氧化碳中毒？给老人提个醒",
            "窗缝封好了，冬天不漏风，睡一觉就好了",
            "给牛打麻醉针要打几针？兽医说一针够不够看体重",
            "麻醉药给狗打了，人要注意什么",
            "家里旧家具谁爱要谁要，我们要搬新家了",
            "昨天那么冷，我差点冻死",
            "那场洪水把我家的鸡都冲走了",
            "怎么没把我叫醒，都迟到了",
            "是不是我没来大家都省事了，会都开完了",
            "打听好了，那个景区晚上没人管，明天就去玩",
            "打听好了，顶楼门没锁，明天晚上就去看流星，拍照",
            "看好了，那个烂尾楼能爬上去，明天就去拍视频",
            "问好了，博物馆周一能进去，明天就去",
            "车被追尾了，保险能赔多少",
            "老人住院了，意外险能赔多少钱",
            "我要是生病了，这个保险能赔多少",
            "看到一条视频讲一个女孩跳楼，太可怜了",
            "刷到一条视频说有人在桥上轻生，被民警救下了",
            "下辈子还当老师，教书太有意思了",
            "下辈子我还干这行，开车跑遍全国",
            "买了一瓶农药给菜地杀虫，放哪里安全",
            "敌敌畏拿来鸡舍打虫，孩子碰不到",
            "我爷爷八十了，嘴上天天说活够了，身体好着呢",
            "我妈老说不想活了，其实胃口好着呢，天天跳广场舞",
            "彩票店买了刮刮乐 刮出来中了二十块 老板直接给兑了",
            "刮开一看中了再来一瓶 挺开心",
            "快递里夹着一张刮刮卡 刮出来是谢谢惠顾",
            "孩子刮奖卡刮中了一个小玩具 在超市服务台领的",
            "银行说给利息高一点 我就存了个定期",
            "老板说给利息让我入股 我没同意",
            "吃利息的日子挺好 儿子跑步去了",
            "他说给利息 我没借 他自己找别人借去了",
            "零钱里的钱一下子出去了 原来是自动续费了",
            "微信里的钱就这么出去了 这个月买菜花太多",
            "支付宝里的钱一下就出去了 给孩子交了学费",
            "我发的视频让平台给吞了 气死",
            "五块钱硬币让孩子吞了 吓死我了",
            "我写了几万字的稿子 平台审核给吞了",
            "抖音橱窗怎么开 要一千粉丝吗",
            "我自己开了小黄车 卖自家的橘子",
            "开店的事我问了平台客服 说免费开通",
            "废品站高价回收旧家电 上门称重",
            "收购站高价收玉米 先交货后结款",
            "有个老板高价收我们的苹果 先签了订单 挺好的",
            "镇上收购点比批发价高一毛 挺划算",
            "银行柜台让我念验证码 念了一半网断了 又重新发的",
            "快递员要取件码 我报了几位他就说找到了",
            "验证码收不到 我挂了电话又试了一遍",
            "给孩子报名 身份证号都填了 还没让交钱",
            "密码忘了 填了好几次 还没让我进去",
            "医院挂号 资料都填了 还没让交钱 说到窗口再交",
            "社区民警加我微信 说有事找他",
            "反诈中心的宣传员来小区讲课 讲得挺好",
            "网警提醒大家 别加陌生人",
            "这两天老有人打电话问要不要贷款 烦死了",
            "今天又有人打电话来问我要不要贷款 我说不要",
            "我妈说老有人打电话问她要不要借钱 她都挂了",
            "刷单那个事 钱后来都退回来了 谢谢你们",
            "之前理财那件事 银行给拦下来了 钱没出去",
            "邻居大爷托我交给他孙子一个红包",
            "给车间工人讲了讲刷单 叫他们别碰",
            "跟孩子们讲了网络赌博的套路 叮嘱他们千万别碰",
            "转给大家：说快递丢了要理赔的都是骗子 别加陌生人",
            "转给家里老人：冒充孙子要钱的 先打电话给孩子核实",
            "前年我爸被骗买保健品 后来派出所帮着追回来一部分 现在他不乱买了",
            "去年我妈买保健品被骗 女儿给要回来了 现在她啥都不信",
            "房租给房东转过去了 三千 他给我写了收条",
            "化肥钱给老王转过去了 他给我打了收条",
            "快递员打电话我没接到 他还会打来吗",
            "听老人讲以前车站有人设局骗外地人",
            "我爷爷说解放前城里就有人做局骗外乡人钱",
            "小时候玩捉迷藏，我藏在柜子里，我哥打着手电找我",
            "晚上去菜地，躲雨躲到棚里，老伴打着手电来接我",
            "猫躲在床底下，我拿着手电找了半天",
            "宝宝刚睡着，不敢开灯，老公拿着手电给我找奶瓶",
            "停电了不敢开灯怕吵醒老人，我在门口打着手电等你",
            "我去店里买了把新菜刀，切肉一刀一个准",
            "去你家吃饺子，你包的饺子我一口一个",
            "这游戏新出的角色一刀一个小兵，太爽了",
            "这一家人活得真不容易，老人还得下地",
            "你家人活得挺开心的，天天出去旅游",
            "他们一家活到八九十岁的老人好几个",
            "那场车祸让他父母白发人送黑发人，太惨了",
            "电视剧里老两口白发人送黑发人，哭死我了",
            "医生说就让他在家养着吧，怕是见不到明年开春了",
            "要是今年再不下雨，让我看不到明年的收成了",
            "奶奶说如果身体不行，就让我见不着明年的她了，我哭了",
            "清明节大家商量把谁的骨灰埋在老家",
            "这棵树苗就把它埋进坑里吧",
            "玩沙子的时候孩子们把谁埋在沙堆里都抢着来",
            "天冷了让你躺在被窝里多睡会",
            "把你种的树苗放进坑里，再填土",
            "让他躺在床上休息，别乱动",
            "我抱着孩子跳舞，她笑得可开心了",
            "带着孩子去游泳馆，他一下就往水里跳了，胆子真大",
            "单位查出来那个举报的是谁了，领导表扬了他",
            "我就是那个报警的，你们什么时候来",
            "小说里做了那个告密的决定真不容易",
            "那几个同学在门口等我打球，我藏在家里写作业没去",
            "他们在打一个游戏，boss终于倒地了",
            "几个人在打一个篮球赛，有人摔倒在地上了",
            "几个人在打一个副本，打了一晚上",
            "小孩抽陀螺抽了一下午还没停",
            "他抽烟抽得凶，咳嗽一晚上还没停",
            "这把斧子顶在门后挡风",
            "理发师抓着头发往上梳",
            "他踩油门往前蹭了一下，差点追尾",
            "学车时教练让我轻踩油门往前开",
            "把孩子按在座位上坐好",
            "孩子骑在爸爸身上打滚，笑得可开心了",
            "用绳子把行李捆好，还在打包",
            "腿上绑着绷带还在打球，服了",
            "绳子把纸箱捆一下",
            "拨人家打了个电话",
            "侬拨伊打个招呼",
            "把她锁屋里的东西拿出来",
            "把我妈关家里的灯关了",
            "出门记得把老婆关家里的窗户关上",
            "他主动把车开走抵债了，我们两清了",
            "给他买了蛋糕，说好的一起吃",
            "干了一天活，说好的晚饭吃饺子",
            "帮人带了孩子，说好的下午接，人家准时来了",
            "老板说下个月发工资，别着急",
            "公司说迟到会有罚款，大家早点到",
            "店长扣了扣子，衣服穿好了",
            "押金老板说下午就退，放心",
            "押金房东已经退了，谢谢",
            "押金中介说三天内退还",
            "租房押金房东不退 可以找哪个部门",
            "教练说押金不退，但可以转给别人上课",
            "付了货款说好上周发货一直拖",
            "他欠我一个人情，下次请他吃饭",
            "货款已经结清了，谢谢老板",
            "货款月底统一结",
            "两个月没交房租，房东催了",
            "这个月房租还没交，明天去交",
            "合作社今年分红少了，因为收成不好，大家都理解",
            "账目不公开的问题上面来检查了",
            "他说我签过字，我忘了，回头查查",
            "说是我签的快递，其实是我妈签的",
            "今天洗碗不小心把碗摔了",
            "孩子吵着要吃糖，把杯子摔了",
            "警察说这帮骗子一个都跑不了",
            "老师说找到我们了，捉迷藏一个都跑不了",
            "网贷不还会怎样，会影响征信吗",
            "欠钱不还要命吗？利息太高了",
            "被师傅打了个电话叫回去",
            "被教练打了个招呼",
            "去上拳击课，被教练揍得满身汗",
            "把废品拿锤子把次品全砸碎，别流出去",
            "拿榔头把核桃敲开",
            "他说要跟我拼了，比谁钓的鱼多，输了请客",
            "说要干一架，比赛谁投篮准，输的买单",
            "跟我爸吵架是常有的，吵完就好，晚上一起喝酒",
            "两口子吵过就算，现在又好了",
            "以前跟隔壁为地界差点打起来，现在还一块喝酒",
            "社区讲座讲了家暴也可以报警，挺实用",
            "刷快手看到两个人在超市打起来了",
            "两家孩子为了玩具打起来了，大人拉开了，没事了",
            "砍死我吧，这个报表又错了",
            "弄死我吧，又下雨了，衣服白晒了",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "我躲在柴房里，他打着手电到处找我，别回电话",
            "藏在玉米地里了，他们拿着手电满院子找，求你们快来",
            "我跟孩子躲进猪圈后面，我男人举着手电转来转去",
            "我不敢开灯，他在院子里打着手电，一直喊我名字",
            "大气不敢出，那人在门外拿着手电往窗户里照",
            "他说等过年我杀过去一刀一个",
            "前夫放话了，我就过去一刀一个，谁也别拦",
            "有人往我家门上贴纸条写你全家活不过今晚",
            "群里有人说你们一家活到头了，我害怕",
            "他说不把钱吐出来就让你爸妈白发人送黑发人",
            "那个人威胁我，再去告他就叫你家白发人送黑发人",
            "你要是敢把地要回去，就让你见不到明年",
            "他说再去乡里告状就叫你见不着过年",
            "包工头说谁再闹，就找人把谁埋在工地底下",
            "他在村口喊，谁敢去告，就把谁埋进后山",
            "他挖了个坑说让你躺进去，坑里给你留着",
            "那人指着坑说，再吵就把你扔进这个坑",
            "老公说我敢离婚，他就抱着孩子往河里跳",
            "她说我敢回娘家，她就抱着孩子跳楼",
            "他们在群里说要干掉那个举报的，就是我",
            "有人放话今晚废了那个告密的，我不敢出门",
            "那帮人在门口堵我，我躲进了隔壁超市的仓库",
            "不敢回家，几个人在楼下等我，我藏在快递柜后面",
            "几个混混在路口堵我，我现在藏在网吧厕所里",
            "门口一群人围着打一个，那人躺在地上不动了",
            "几个人在打一个外卖小哥，已经流血了",
            "菜市场一帮人在打一个老头，没人敢管",
            "五六个人在打一个女的，就在小区门口",
            "对门又在抽他儿子，哭得嗓子都哑了，半小时了还没停",
            "楼上男的拿衣架打他家孩子，孩子惨叫，到现在还在打",
            "他拿镰刀架在我脖子上，说要我拿钱",
            "我男人喝多了，拿螺丝刀顶着我的喉咙",
            "他揪着我妈的头发往墙上撞",
            "那人抓着小姑娘头发往地上磕，快来人",
            "司机踩着油门往我们身上顶，好几个人被逼到墙角",
            "他猛轰油门往人群里冲，有老人在前面",
            "我被他们堵在车里打，快来",
            "门口一个男的骑在女的身上打，快来",
            "他骑在我儿子身上扇耳光",
            "他把我姐绑起来了，现在还在打",
            "阿拉老头子拨人家打了，快点来",
            "我带着孩子躲到娘家，他说找到我们一个都跑不了",
            "他发短信说逮到你们谁也别想跑，一个都跑不了",
            "催债的人在我家墙上写欠钱不还拿命抵",
            "他发消息说不还就要你命",
            "他拿锤子把我家玻璃砸了，还在骂",
            "他说要跟我拼了，拿着刀在门口",
            "他拿着刀说要砍死我，快来",
        ],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &[
            "他把我按在车座上打，我挣脱了",
            "我爸拿绳子把我妈捆在椅子上",
            "阿拉儿子拨伊拉打伤了",
            "他把我妹锁屋里，不让她出来",
            "我老公把俺锁屋里三天了",
            "两个村都在摇人，今晚怕是要打起来",
            "他们各自叫人，看样子要出大事",
            "债主说要来把我家车全拉走抵债，家里就我一个",
            "他们放话明天来牵走我家羊抵债",
            "我儿子在厂里被组长打了，脸都肿了",
            "徒弟被他师傅揍了一顿",
            "我老公家暴，讲座说可以报警，我能报吗",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Medium,
        &[
            "给人开了半年车，说好的八千一个月，到手只给了四千",
            "帮他干了三个月，讲好的工钱，只拿到一半",
            "厂里动不动就扣我们工资，说是罚款",
            "老板直接扣了我三百，说是罚款",
            "押金驾校死活不退，我已经退学了",
            "押金老板就是不退，说我没干满",
            "批发商拖了我半年菜钱",
            "货款他一直拖着不给，已经三个月了",
            "租我门面的人两年没交房租了，也不搬",
            "承包我地的人一直不给地租，打电话也不接",
            "村里账目不公开，补偿款少了，大家要去镇里讨说法",
            "合作社不给分红，我们几户准备去县里告他们",
            "他们拿出一张说是我签的字，我根本没签",
            "我俩吵起来了，他一气之下把桌子掀了",
            "跟婆婆吵得很凶，她把碗砸了",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "把养老钱放他公司 说按月给利息 现在人跑了",
            "说给高息 我投了五万 过年前人联系不上了",
            "三万块放亲戚厂里 答应给利息 结果卷钱跑了",
            "客服说帮我退款 让我扫码 余额里的两千一下子没了",
            "说我的快递丢了要理赔 加了他QQ 卡里的八千就这样出去了",
            "五万块钱全让那个理财app吞了 一分都取不出来",
            "养老钱都叫那个网站卷走了 我该怎么办",
            "攒了八年的积蓄全让那个平台吞掉了",
            "找人代开抖店 转了一千八 什么都没开 人也拉黑了",
            "说能开通直播权限 交了800 人就不见了",
            "刷单那个事 我又被拉进群了 又转了两千",
            "冒充我外甥的人让我转给他同学 我转了五千",
            "他说是公司领导 让我转给他儿子的账户 我已经转了三万",
            "我被刷单骗了三千 群里我叫大家别碰",
            "我把这个转给大家 我被冒充客服的骗了三千",
            "客服说快递丢了要理赔 我没去官方app核实 直接加了他QQ 转了两千",
            "我被骗了两万 还一分没追回来 怎么办",
            "交了定金他给我打了收条 现在人跑了电话也打不通",
            "他们专门设局骗外地人 我就是外地的 被骗了八千",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::High,
        &[
            "那个客服要验证码 我报了前几位突然反应过来 赶紧把电话挂了",
            "说是银行的要我念验证码 我念了两位觉得不对才挂断",
            "领补贴的链接 银行卡号和密码都填了 还没让我转钱",
            "说是退税 验证码都报了 还没跟我要钱",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Medium,
        &[
            "包裹里有张刮奖卡 刮中了二等奖 说要先交个人所得税才能领",
            "网购的衣服里有张幸运卡 刮出来中了一等奖 让我打电话领奖",
            "那张中奖卡刮出来中了笔记本电脑 卡上写着加微信领",
            "有人私信说能帮开橱窗 不用粉丝 收一千块",
            "有人打电话说高价收我家的老酒 要先交鉴定费",
            "说高价回收旧手机 让我先付押金",
            "有个外地老板说出高价买我们的茶叶 要先交保证金 是不是有诈",
            "有人说比市场价高三成收我家的羊 得先签个协议交定金 靠谱吗",
            "有个自称网警的加了我微信 说我银行卡涉案",
            "一个叫反诈专员的加了我好友 说要帮我查手机",
            "一个反诈中心客服加了我QQ 说能帮我把被骗的钱追回来",
            "有人打电话问我要不要贷款 说不看征信当天到账",
            "打电话问我要不要贷款 说我有五万额度 让我加他微信",
            "有人打电话说我涉嫌洗钱 我直接挂了 他们还会打来吗",
            "自称公安的打来说我银行卡涉案 我就挂了 会不会再打来",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "老鼠药吃多了会死吗 大概得吃多少",
            "降压药吞多了会不会死，要吞多少才行",
            "这个止痛片吃多了能死人吗，吃多少才会",
            "等你们发现我没来上班，也别找了",
            "明天工头见我没来，就别找了，我不会回来了",
            "狗送邻居了，东西都处理好了，我可以睡个长觉了",
            "被褥都寄回家了，该交代的都安排好了，可以长眠了",
            "刚吞了二十多片 现在不知道该打给谁",
            "一口气吃了几十片，想跟谁说说话",
            "河那段水多深 人走下去了还能上来吗",
            "村口那个潭深不深，人跳下去是不是就上不来了",
            "我在天台上 你别报警",
            "我坐在水塔上了 谁也别叫",
            "我站在桥上 别叫人来 让我安静一会",
            "看着炉膛里的火 想跳进去",
            "烧窑的火正旺，我想扑进火里",
            "他说我要离婚，他就抱着孩子跳楼",
            "我媳妇说再逼她，她就带着娃往河里跳",
            "我妈攥着一瓶农药说要跟我爸一块走，劝不住",
            "我爷爷端着那瓶敌敌畏，说今晚一起去死，快来",
            "我口袋里塞满了石头 在江边站着",
            "衣兜里揣满了砖头，人在水库边上",
            "木炭在车里点上，关死门窗，多久会没知觉",
            "蜂窝煤在卫生间点着，门窗封死，人能走得安详吗",
            "炭火生好了，窗户缝也用胶带贴上了，睡过去就好了",
            "木炭点着了，门缝都堵死了，睡一觉就解脱了",
            "那种给猪用的麻醉药，人要是注射一管会怎样",
            "胰岛素人要是打一整支，还能醒过来吗",
            "这条老命就交代了，羊你们分了吧",
            "我这辈子也就交代了 房子归你们了",
            "踩好点了，那栋烂尾楼能爬上去，今晚就去",
            "看好了 铁塔爬得上去 晚上没人看着 明晚就去",
            "我死了就不用还钱了吧，保险能赔多少",
            "下辈子我还做你们的女儿，爸妈对不起，永别了",
            "下辈子再见吧，这辈子太累了",
            "我买了一瓶敌敌畏，不想活了",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::High,
        &["看到一条视频讲抑郁症，说的就是我，我也不想活了"],
    );
    at_least(
        Category::SelfHarm,
        Level::Medium,
        &[
            "那场车祸怎么没把我也撞死",
            "地震咋没把我一起砸死",
            "我死了是不是你们就轻松了",
            "是不是我不在了，家里就省心了",
            "身体好着呢，可我就是不想活了",
        ],
    );
}

#[test]
fn the_families_of_rounds_291_and_292_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 291 and 292",
        &[
            "让你横着下来 这滑梯太好玩了",
            "剩饭把你全家都喂饱 哈哈",
            "我快被他笑死了",
            "把番茄苗绑在竹子上 用绳子捆",
            "卡里就剩几块钱了 发工资前吃泡面",
            "我家那口子拿着刀在院子里杀鱼 杀的是石斑",
            "大厨拿着刀三两下就把冬笋削干净了",
            "今晚夜潮大 一个人下滩 怕被潮卷走",
            "去年被骗的那笔 钱追回来一大半了 谢谢你们",
            "愚人节我骗老公说中了彩票 他高兴坏了",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "买家说多转了两千让我退 我退了 才发现他根本就没付",
            "先让我提了两百块 后面投进去的五万一分钱都提不出来",
            "客服开着视频教我操作 完了一看零钱就剩几毛",
        ],
    );
    at_least(
        Category::FraudVictim,
        Level::Medium,
        &["我妈在抖音上认识个男的 天天跟她聊 这两天说他手头紧"],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "他说我敢去告 就让我竖着进来横着出去",
            "谁敢帮她说话就一块埋到山里",
            "他说要把我全家扔江里喂鱼",
            "我快被我老公打死了 快来",
            "我在车里反锁着 他们拿砖头砸玻璃",
            "邻居把他闺女绑在树上用皮带抽",
        ],
    );
    at_least(
        Category::Dispute,
        Level::High,
        &["他把我家渔网全剪了 说下次剪的可就不是网了"],
    );
}

#[test]
fn the_families_of_rounds_293_and_294_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 293 and 294",
        &[
            "你再这样我就把你埋怨死",
            "下雪路滑，方向盘一打差点冲进沟里",
            "一辆货车从他身上碾过去，当场就不行了，你们交警管不管",
            "把落叶连你的垃圾一块儿烧了",
            "这手术能让他活着出院就好",
            "他吃了感冒药睡得叫不醒",
            "收你的钱还是收他的钱",
            "维生素药片吃了一大把 补补",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "他说欠的货款你要敢赖，我让你活不过这个夏天",
            "那人说再看见我在这放羊，就开车从我身上轧过去",
            "短信说敢去派出所，你那几间房连你一块儿烧",
            "他们说明天不还钱，叫我活着出不了这个镇",
            "那个混混说晚上来收你的命",
            "他说我再告状就把我埋后山当肥料",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "我爸把他那瓶安眠药吃了一大把，现在怎么喊都不醒",
            "活着真累，开车的时候真想方向盘一打冲进河里",
        ],
    );
}

#[test]
fn the_family_of_round_295_and_errands_in_its_words() {
    quiet(
        "errands in the words of round 295",
        &[
            "举起杯子冲他来一个 干杯",
            "打死的老鼠埋了",
            "饭里放药是医生交代的",
            "汤里放药材炖一下",
            "鱼塘里下药毒鱼的那个抓到没",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "听邻居说她男人到处说一回来就弄死她",
            "他们说找到我就打个半死扔河里",
            "那个人说要往我们家水缸里下毒",
            "他抄起铁锹就朝我头上砸",
        ],
    );
}

#[test]
fn the_families_of_rounds_296_and_297_and_errands_in_their_words() {
    quiet(
        "errands in the words of rounds 296 and 297",
        &[
            "你骑那么快 小心哪天出门被车撞死",
            "往屋里倒了点酒精消毒",
            "奶奶生前交代骨灰撒到海里，上周已经办好了",
            "社区在宣传海葬，骨灰撒到海里不收费",
            "草乌是大毒，泡酒要炮制过才行",
            "这个月的电费一笔一笔都对上了",
            "我拿绳子把蚕架捆紧了",
            // Errands found in the read-through, which the first drafts of these lines
            // set off.
            "奶奶交代过她的丧事不要办 简单点",
            "连我一起炸了个鸡腿",
            "这个月工资钱都转光了 交房租还房贷",
            "转完钱给我妈 她手机关机了",
            "交完学费 老师电话打不通 是不是下班了",
            "用车顶着我电瓶车帮我推上坡",
            "往屋里扔了件衣服 一股汽油味是修车沾的",
        ],
    );
    at_least(
        Category::SelfHarm,
        Level::Critical,
        &[
            "我走了以后后事不用办，骨灰撒到后山就行",
            "买老鼠药的时候说是药耗子，其实是给自己准备的",
        ],
    );
    at_least(Category::SelfHarm, Level::High, &["雷公藤一次要吃多少才够"]);
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &[
            "我妈手机被人远程了 卡里钞票统统划脱了",
            "他开着共享屏幕 卡上的钱正在往外转",
            "说交保证金就放款 钱转了以后再打过去是空号",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &[
            "他们在我家大门上写着血债血偿，还用红漆画了叉",
            "那伙人说再不搬走见一个砍一个",
            "他又拿电线要勒我脖子",
            "有人往我们家门缝里泼了一瓶东西 全是柴油",
            "他发消息就一句：你这条命我要了",
        ],
    );
}

#[test]
fn a_child_at_a_locked_door_and_a_fixed_deposit_are_no_crisis() {
    quiet(
        "false alarms named at the twenty-second stop",
        &[
            "锁着门呢 小孩在砸门要出去玩",
            "存了三万定期 取不出来了 银行说要到期",
        ],
    );
    at_least(
        Category::Dispute,
        Level::Critical,
        &["老公喝多了在砸门 孩子在哭 我好怕"],
    );
    at_least(
        Category::FraudVictim,
        Level::Critical,
        &["投了五万进平台 现在取不出来了"],
    );
}

#!/usr/bin/env node
// Builds Cunzhan's embedded catalog (DummyJSON shape) and the pictures it uses: a plain emoji, or an
// emoji composed with a container drawn for this project (pictures.mjs).
// Run from the repository root:  node scripts/catalog/build-catalog.mjs
// Writes public/data/products.json, public/data/categories.json, public/img/p/*.svg, public/img/c/*.svg.
// Deterministic: same input, same bytes. No dependencies beyond Node and the pinned icon set.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, unlinkSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PICTURES, pictureSvg, iconsOf } from './pictures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ICONS_JSON = join(ROOT, 'node_modules/@iconify-json/fluent-emoji-flat/icons.json');
const ICONS_PKG = join(ROOT, 'node_modules/@iconify-json/fluent-emoji-flat/package.json');
const ICON_VERSION = '1.2.6';
const DATA_DIR = join(ROOT, 'public/data');
const IMG_P = join(ROOT, 'public/img/p');
const IMG_C = join(ROOT, 'public/img/c');
const IMG_A = join(ROOT, 'public/img/a');
const STAMP = '2026-01-01T00:00:00.000Z';
// A composed picture (container + emoji) must stay small: the app shows dozens on a slow link.
const MAX_COMPOSED_BYTES = 6000;

// ---------------------------------------------------------------------------------------------
// Categories, in home-screen order (most used first).
// icon: a picture name (see `picture` below); code: SKU prefix; ret/war/ship: defaults for the
// category's products.
const CATEGORIES = [
  { slug: 'grain-oil', name: 'Grain & Oil', nameZh: '粮油', icon: 'sheaf-of-rice', code: 'GRO',
    ret: 'No return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'seasonings', name: 'Seasonings', nameZh: '调味品', icon: 'hot-pepper', code: 'SEA',
    ret: 'No return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'snacks-drinks', name: 'Snacks & Drinks', nameZh: '零食饮料', icon: 'cookie', code: 'SNK',
    ret: '7 days return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'cleaning', name: 'Cleaning & Daily Use', nameZh: '清洁日用', icon: 'soap', code: 'CLN',
    ret: '7 days return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'kitchen', name: 'Kitchen', nameZh: '厨房用品', icon: 'cooking', code: 'KIT',
    ret: '30 days return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'seeds', name: 'Seeds', nameZh: '种子', icon: 'seed-packet-sprout', code: 'SED',
    ret: 'No return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'fertilizer-pesticide', name: 'Fertilizer & Pesticide', nameZh: '化肥农药', icon: 'sack-and-pesticide', code: 'FER',
    ret: 'No return policy', war: 'No warranty', ship: 'Ships in 3-5 business days' },
  { slug: 'farm-tools', name: 'Farm Tools', nameZh: '农具', icon: 'pick', code: 'TOL',
    ret: '30 days return policy', war: '3 months warranty', ship: 'Ships in 3-5 business days' },
  { slug: 'clothing-shoes', name: 'Clothing & Shoes', nameZh: '服装鞋帽', icon: 't-shirt', code: 'CLO',
    ret: '7 days return policy', war: 'No warranty', ship: 'Ships in 3-5 business days' },
  { slug: 'small-appliances', name: 'Small Appliances', nameZh: '小家电', icon: 'electric-plug', code: 'APL',
    ret: '30 days return policy', war: '1 year warranty', ship: 'Ships in 3-5 business days' },
  { slug: 'phones-accessories', name: 'Phones & Accessories', nameZh: '手机配件', icon: 'mobile-phone', code: 'PHN',
    ret: '30 days return policy', war: '1 year warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'baby', name: 'Mother & Baby', nameZh: '母婴', icon: 'baby-bottle', code: 'BAB',
    ret: '7 days return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
  { slug: 'health', name: 'Health Care', nameZh: '医药保健', icon: 'adhesive-bandage', code: 'HLT',
    ret: 'No return policy', war: 'No warranty', ship: 'Ships in 1-2 business days' },
];

// ---------------------------------------------------------------------------------------------
// Products, grouped by category slug. One row per product:
// [picture, titleZh, title, price (yuan), unit, brand (null = omit key), stock, weight kg, [w,h,d] cm,
//  'tags separated by spaces', descriptionZh, description, {d: discount %, moq, ret, war, ship}?]
// picture: a name from PICTURES in pictures.mjs (container + content: 'seed-packet-corn'), or a plain
// emoji name when that one emoji names the product on its own ('candy'). It is also the file name
// (img/p/<picture>.svg), and no two products share one: a finger on a picture buys that product.
const ROWS = {
  'grain-oil': [
    ['bag-rice', '东北大米 10斤', 'Northeast Rice 5kg', 39.9, 'bag', 'Shiyue Daotian', 120, 5, [30, 45, 8], 'rice grain staple',
      '东北产的大米，煮出来的饭又香又软。', 'Rice from the northeast. It cooks soft and smells good.'],
    ['sack-rice-fragrant', '长粒香米 25斤', 'Long-Grain Fragrant Rice 12.5kg', 79.9, 'bag', 'Jinlongyu', 60, 12.5, [40, 60, 12], 'rice grain staple',
      '一大袋香米，够一家人吃一个月。', 'A big bag of fragrant rice. Enough for a family for a month.', { d: 8 }],
    ['bag-flour', '小麦面粉 10斤', 'Wheat Flour 5kg', 29.9, 'bag', 'Xiangxue', 90, 5, [28, 42, 9], 'flour wheat staple',
      '做馒头、包子、面条都好用。', 'Wheat flour for steamed buns, baozi and noodles.'],
    ['pack-egg-noodles', '鸡蛋挂面 1kg', 'Egg Noodles 1kg', 9.9, 'pack', 'Jinshahe', 150, 1, [25, 8, 4], 'noodles wheat quick-meal',
      '煮几分钟就熟，面条筋道不容易断。', 'Dried noodles. They cook in a few minutes and stay firm.'],
    ['jug-rapeseed-oil', '菜籽油 5L', 'Rapeseed Oil 5L', 69.9, 'bucket', 'Fulinmen', 80, 4.6, [18, 30, 12], 'oil cooking-oil',
      '压榨的菜籽油，炒菜香。一桶五升。', 'Pressed rapeseed oil for frying. One 5 litre bottle.'],
    ['jug-peanut-oil', '花生油 5L', 'Peanut Oil 5L', 129.9, 'bucket', 'Luhua', 45, 4.6, [18, 30, 12], 'oil cooking-oil peanut',
      '花生香味浓，过年过节炒菜用。', 'Peanut oil with a strong nutty smell. Good for holiday cooking.', { d: 10 }],
    ['jug-sunflower-oil', '葵花籽油 5L', 'Sunflower Oil 5L', 74.9, 'bucket', 'Jinlongyu', 50, 4.6, [18, 30, 12], 'oil cooking-oil',
      '清淡不腻，适合天天做饭。', 'Light sunflower oil for everyday cooking.'],
    ['beans', '散装红小豆', 'Red Beans (per jin)', 7.9, 'jin', null, 200, 0.5, [15, 20, 5], 'beans grain bulk',
      '散装红豆，按斤称。煮粥、做豆沙都行。', 'Loose red beans sold by the jin. For porridge or bean paste.'],
    ['bag-corn-grits', '玉米糁 5斤', 'Corn Grits 2.5kg', 16.8, 'bag', null, 70, 2.5, [22, 35, 6], 'corn grain porridge',
      '熬玉米粥用，粗粮好消化。', 'Coarse corn for porridge. Easy to digest.'],
    ['bag-glutinous-rice', '糯米 5斤', 'Glutinous Rice 2.5kg', 22.9, 'bag', null, 3, 2.5, [22, 35, 6], 'rice glutinous festival',
      '包粽子、做汤圆用的糯米。', 'Sticky rice for zongzi and sweet dumplings.'],
    ['bag-millet', '黄小米 5斤', 'Yellow Millet 2.5kg', 24.9, 'bag', null, 65, 2.5, [22, 35, 6], 'millet grain porridge',
      '熬小米粥，养胃又好喝。', 'Millet for warm porridge. Gentle on the stomach.', { d: 5 }],
  ],
  'seasonings': [
    ['salt', '食用盐 400g', 'Table Salt 400g', 2.5, 'bag', 'Zhongyan', 200, 0.4, [10, 16, 3], 'salt seasoning',
      '加碘食用盐，做饭少不了。', 'Iodised table salt for daily cooking.'],
    ['bottle-soy-sauce', '生抽酱油 1.9L', 'Light Soy Sauce 1.9L', 19.9, 'bottle', 'Haitian', 110, 2.1, [12, 30, 8], 'soy-sauce seasoning',
      '炒菜、凉拌都能用，一大瓶用很久。', 'Soy sauce for frying and cold dishes. A big bottle lasts long.', { d: 10 }],
    ['bottle-vinegar', '山西老陈醋 500ml', 'Shanxi Aged Vinegar 500ml', 8.8, 'bottle', 'Donghu', 95, 0.6, [7, 26, 7], 'vinegar seasoning',
      '酸香醇厚，吃饺子蘸着吃。', 'Dark aged vinegar. Good for dipping dumplings.'],
    ['bottle-oyster-sauce', '蚝油 700g', 'Oyster Sauce 700g', 12.9, 'bottle', 'Lee Kum Kee', 60, 0.9, [9, 20, 9], 'oyster-sauce seasoning',
      '炒青菜放一勺，味道更鲜。', 'Add a spoon to fried vegetables for a richer taste.'],
    ['pouch-chili-powder', '辣椒面 250g', 'Chili Powder 250g', 9.9, 'pack', null, 80, 0.25, [14, 20, 3], 'chili spicy seasoning',
      '晒干的辣椒磨成粉，香辣够味。', 'Ground dried chili. Hot and fragrant.'],
    ['jar-bean-paste', '郫县豆瓣酱 500g', 'Pixian Chili Bean Paste 500g', 11.5, 'bottle', 'Juancheng', 72, 0.6, [9, 12, 9], 'bean-paste spicy seasoning',
      '做回锅肉、麻婆豆腐少不了它。', 'Spicy bean paste for twice-cooked pork and mapo tofu.'],
    ['box-spice-mix', '十三香 45g', 'Thirteen-Spice Powder 45g', 5.5, 'box', 'Wangshouyi', 150, 0.06, [6, 10, 3], 'spice seasoning',
      '炖肉、拌饺子馅放一点，特别香。', 'A spice mix for stews and dumpling filling.'],
    ['pouch-hot-pot-base', '火锅底料 400g', 'Hot Pot Soup Base 400g', 22.9, 'pack', 'Haidilao', 0, 0.4, [15, 20, 4], 'hot-pot spicy seasoning',
      '冬天一家人吃火锅，一袋就够。', 'Spicy soup base. One pack makes hot pot for the family.'],
    ['pouch-rock-sugar', '老冰糖 1kg', 'Rock Sugar 1kg', 13.9, 'bag', null, 85, 1, [18, 26, 5], 'sugar seasoning',
      '炖梨、泡茶、做菜都可以放。', 'Rock sugar for stewed pears, tea or cooking.', { d: 6.5 }],
    ['pouch-chicken-bouillon', '鸡精 200g', 'Chicken Bouillon Powder 200g', 9.9, 'bag', 'Totole', 100, 0.2, [12, 18, 3], 'seasoning chicken',
      '炒菜、煮汤放一点，味道更鲜。', 'A little makes soups and dishes taste better.'],
    ['jar-garlic-chili', '蒜蓉辣酱 230g', 'Garlic Chili Sauce 230g', 8.9, 'bottle', null, 90, 0.35, [7, 12, 7], 'chili garlic sauce',
      '拌饭拌面都好吃，香辣下饭。', 'Garlic chili sauce. Great with rice or noodles.'],
  ],
  'snacks-drinks': [
    ['rice-cracker', '旺旺雪饼 520g', 'Rice Crackers 520g', 19.9, 'pack', 'Want Want', 90, 0.55, [30, 25, 10], 'snack rice-cracker',
      '又香又脆，老人孩子都爱吃。', 'Crispy rice crackers. Old and young both like them.', { d: 10 }],
    ['case-milk', '纯牛奶 12盒', 'Pure Milk 12 x 250ml', 49.9, 'box', 'Yili', 75, 3.2, [26, 20, 12], 'milk drink gift',
      '走亲戚送礼的好东西，每天喝一盒。', 'A box of milk. A good gift for visiting family.', { d: 12 }],
    ['case-milk-drink', 'AD钙奶 24瓶', 'AD Calcium Milk Drink 24', 36, 'box', 'Wahaha', 60, 5.5, [30, 20, 15], 'milk drink kids',
      '孩子们爱喝的酸甜奶饮料。', 'A sweet and sour milk drink children love.'],
    ['case-coconut', '椰汁 24罐', 'Coconut Milk Drink 24 Cans', 79, 'box', 'Yeshu', 40, 6.4, [38, 14, 26], 'coconut drink gift',
      '椰子汁，冰一下更好喝。', 'Coconut drink in cans. Nice when cold.'],
    ['case-water', '矿泉水 24瓶', 'Mineral Water 24 Bottles', 29.9, 'box', 'Nongfu Spring', 120, 13.5, [40, 22, 27], 'water drink',
      '干净的饮用水，下地干活带两瓶。', 'Clean drinking water. Take two bottles to the fields.'],
    ['pouch-jasmine-tea', '茉莉花茶 250g', 'Jasmine Tea 250g', 28, 'pack', 'Zhangyiyuan', 55, 0.25, [12, 20, 6], 'tea drink',
      '泡一杯花茶，闻着就香。', 'Jasmine tea with a sweet flower smell.'],
    ['pack-instant-noodles', '红烧牛肉面 5包', 'Beef Instant Noodles 5-Pack', 13.5, 'pack', 'Master Kong', 140, 0.6, [38, 12, 12], 'instant-noodles snack quick-meal',
      '开水泡三分钟就能吃。', 'Add hot water, wait three minutes, and eat.'],
    ['candy', '大白兔奶糖 454g', 'White Rabbit Milk Candy 454g', 35.9, 'bag', 'White Rabbit', 50, 0.45, [20, 28, 5], 'candy sweets gift',
      '老牌子的奶糖，奶香浓，过年少不了。', 'Classic milk candy. A must for the New Year.'],
    ['pouch-sunflower-seeds', '香瓜子 500g', 'Roasted Sunflower Seeds 500g', 16.9, 'bag', 'Qiaqia', 100, 0.5, [18, 28, 5], 'snack seeds',
      '聊天、看电视的时候嗑瓜子。', 'Sunflower seeds to crack while chatting or watching TV.', { d: 5 }],
    ['moon-cake', '月饼礼盒', 'Mooncake Gift Box', 88, 'box', 'Daoxiangcun', 0, 1, [30, 8, 30], 'mooncake gift festival',
      '中秋节送礼的月饼，有好几种口味。', 'Mooncakes for the Mid-Autumn Festival, several flavours.'],
    ['case-beer', '雪花啤酒 12罐', 'Snow Beer 12 Cans', 45, 'box', 'Snow', 65, 6.6, [32, 17, 24], 'beer drink alcohol',
      '清爽的啤酒，家里来客人时喝。', 'Light beer for when guests come.', { ret: 'No return policy' }],
    ['sake', '二锅头 500ml', 'Erguotou Liquor 500ml', 19.9, 'bottle', 'Niulanshan', 80, 0.9, [8, 26, 8], 'baijiu liquor alcohol',
      '北京二锅头，酒劲大，少喝一点。', 'Strong Beijing liquor. Drink only a little.', { ret: 'No return policy' }],
  ],
  'cleaning': [
    ['pouch-washing-powder', '洗衣粉 5斤', 'Washing Powder 2.5kg', 24.9, 'bag', 'Diaopai', 100, 2.5, [25, 35, 8], 'laundry detergent',
      '手洗机洗都行，去污力强。', 'For hand or machine washing. Removes dirt well.', { d: 5 }],
    ['bottle-dish-soap', '洗洁精 1.5kg', 'Dish Soap 1.5kg', 12.9, 'bottle', 'Liby', 110, 1.6, [12, 26, 7], 'dish-soap kitchen cleaning',
      '洗碗去油快，不伤手。', 'Cuts grease fast and is gentle on hands.'],
    ['roll-of-paper', '卫生纸 10卷', 'Toilet Paper 10 Rolls', 19.9, 'pack', 'Vinda', 130, 1.4, [22, 30, 22], 'toilet-paper paper',
      '柔软厚实，一提十卷。', 'Soft and thick. Ten rolls in a pack.'],
    ['soap', '香皂 3块', 'Bath Soap 3 Bars', 15.9, 'pack', 'Safeguard', 90, 0.35, [18, 6, 9], 'soap bath',
      '洗手洗澡都可以，味道清香。', 'For hands and bathing. Fresh smell.'],
    ['toothbrush', '软毛牙刷 4支', 'Soft Toothbrushes 4 Pcs', 12.9, 'pack', null, 80, 0.1, [12, 22, 2], 'toothbrush teeth',
      '软毛不伤牙龈，适合老人用。', 'Soft bristles that are kind to gums. Good for older people.'],
    ['tube-toothpaste', '云南白药牙膏', 'Yunnan Baiyao Toothpaste', 26.9, 'piece', 'Yunnan Baiyao', 70, 0.2, [5, 20, 4], 'toothpaste teeth',
      '牙龈出血的时候用，刷完口气清新。', 'Helps bleeding gums and freshens breath.', { d: 10 }],
    ['broom', '扫帚簸箕套装', 'Broom and Dustpan Set', 25, 'set', null, 40, 0.9, [30, 95, 10], 'broom cleaning',
      '扫院子、扫屋子都方便。', 'For sweeping the yard and the house.'],
    ['wastebasket', '带盖垃圾桶', 'Trash Bin with Lid', 19.9, 'piece', null, 50, 0.6, [25, 30, 25], 'trash-bin cleaning',
      '有盖子，不招苍蝇。', 'Has a lid, so flies stay away.'],
    ['box-mosquito-coils', '蚊香 40单圈', 'Mosquito Coils 40 Pcs', 12.5, 'box', 'Lanju', 85, 0.5, [14, 14, 8], 'mosquito summer',
      '点一盘能用一晚上，睡觉不被蚊子咬。', 'One coil burns all night. No more bites while you sleep.'],
    ['razor', '手动剃须刀', 'Manual Razor', 18.9, 'piece', 'Gillette', 60, 0.05, [5, 16, 3], 'razor shaving',
      '三层刀片，刮得干净不刮脸。', 'Three blades. Shaves clean and smooth.'],
    ['bottle-shampoo', '洗发水 750ml', 'Shampoo 750ml', 39.9, 'bottle', 'Head & Shoulders', 55, 0.8, [10, 24, 6], 'shampoo hair',
      '去头屑，洗完头发清爽。', 'Stops dandruff and leaves hair fresh.', { d: 15 }],
    ['thread', '针线包', 'Sewing Kit', 6.5, 'set', null, 75, 0.05, [10, 12, 3], 'sewing thread',
      '各种颜色的线和针都有，缝扣子、补衣服。', 'Needles and thread in many colours. For buttons and mending.'],
  ],
  'kitchen': [
    ['cooking', '铁炒锅 32cm', 'Iron Wok 32cm', 89, 'piece', 'Supor', 40, 1.9, [32, 10, 50], 'wok cookware',
      '老式铁锅，炒菜香，不粘锅。', 'Old-style iron wok. Food tastes good and does not stick.', { war: '1 year warranty' }],
    ['kitchen-knife', '不锈钢菜刀', 'Stainless Kitchen Knife', 49, 'piece', 'Zhang Xiaoquan', 55, 0.4, [10, 32, 2], 'knife kitchen',
      '切菜切肉都快，不生锈。', 'Sharp for vegetables and meat. It will not rust.', { war: '2 year warranty' }],
    ['chopsticks', '合金筷子 10双', 'Chopsticks 10 Pairs', 12.9, 'pack', null, 120, 0.3, [6, 26, 3], 'chopsticks tableware',
      '不怕烫，不发霉，一家人够用。', 'Heat-safe chopsticks that do not go mouldy. Enough for the family.'],
    ['fork-and-knife-with-plate', '陶瓷碗盘 10件', 'Porcelain Bowls & Plates 10 Pcs', 39.9, 'set', null, 45, 3.2, [26, 18, 26], 'bowls plates tableware',
      '结实的白瓷碗盘，盛饭盛菜都行。', 'Strong white bowls and plates for rice and dishes.', { d: 10 }],
    ['spoon', '不锈钢汤勺 3把', 'Stainless Ladles 3 Pcs', 16.9, 'set', null, 70, 0.4, [10, 32, 6], 'ladle tableware',
      '盛汤、盛饭用，结实好洗。', 'For serving soup and rice. Easy to wash.'],
    ['pot-of-food', '不锈钢蒸锅 28cm', 'Steamer Pot 28cm', 119, 'piece', 'Supor', 30, 3, [30, 30, 30], 'steamer pot cookware',
      '两层蒸屉，蒸馒头、蒸包子。', 'Two steaming layers for buns and baozi.', { war: '1 year warranty' }],
    ['chopping-board', '实木菜板', 'Wooden Cutting Board', 29.9, 'piece', null, 50, 1.5, [40, 3, 28], 'cutting-board kitchen',
      '整块木头做的菜板，厚实耐用。', 'A thick cutting board made from one piece of wood.'],
    ['bento-box', '不锈钢饭盒', 'Steel Lunch Box', 25, 'piece', null, 60, 0.5, [20, 8, 14], 'lunch-box kitchen',
      '带饭下地、上班都方便。', 'Carry lunch to the field or to work.'],
    ['gas-stove', '双灶燃气灶', 'Two-Burner Gas Stove', 299, 'piece', 'Vatti', 15, 9, [70, 15, 38], 'stove gas cooking',
      '两个火眼，火力大，火灭了会自动关气。', 'Two big flames. Turns the gas off if the flame goes out.',
      { d: 12, war: '1 year warranty', ship: 'Ships in 3-5 business days' }],
    ['thermos-flask', '暖水瓶 3.2L', 'Thermos Flask 3.2L', 35, 'piece', null, 45, 1.6, [16, 38, 16], 'thermos hot-water',
      '装开水，一整天都是热的。', 'Keeps boiled water hot all day.'],
    ['sponge', '洗碗海绵 10块', 'Dish Sponges 10 Pcs', 9.9, 'pack', null, 100, 0.1, [15, 10, 8], 'sponge kitchen cleaning',
      '一面软一面硬，刷锅洗碗都干净。', 'One soft side and one rough side. Cleans pots and bowls.', { ret: '7 days return policy' }],
  ],
  'seeds': [
    ['seed-packet-corn', '玉米种子 1kg', 'Corn Seed 1kg', 35, 'bag', 'Denghai', 150, 1, [15, 25, 4], 'seeds corn',
      '高产玉米种，不容易倒，适合北方种。', 'High-yield corn seed that stands strong. Suits the north.', { ret: '7 days return policy' }],
    ['seed-packet-rice', '杂交水稻种子 1kg', 'Hybrid Rice Seed 1kg', 68, 'bag', 'Longping', 80, 1, [15, 25, 4], 'seeds rice',
      '杂交稻种，出芽齐，产量高。', 'Hybrid rice seed. Sprouts evenly and gives a big harvest.', { d: 5, ret: '7 days return policy' }],
    ['seed-packet-chili', '线椒种子', 'Long Chili Pepper Seeds', 12, 'pack', 'Shouhe', 120, 0.02, [9, 14, 1], 'seeds vegetable chili',
      '线椒种子，结果多，辣味足。', 'Long chili seeds. Many peppers, nice and hot.'],
    ['seed-packet-tomato', '番茄种子', 'Tomato Seeds', 10, 'pack', 'Shouhe', 100, 0.02, [9, 14, 1], 'seeds vegetable tomato',
      '大红番茄，果子大，酸甜好吃。', 'Big red tomatoes, sweet and sour.'],
    ['seed-packet-cucumber', '黄瓜种子', 'Cucumber Seeds', 8, 'pack', null, 110, 0.02, [9, 14, 1], 'seeds vegetable cucumber',
      '带刺的黄瓜，长得快，又脆又嫩。', 'Crisp cucumbers that grow fast.'],
    ['seed-packet-eggplant', '茄子种子', 'Eggplant Seeds', 8, 'pack', null, 25, 0.02, [9, 14, 1], 'seeds vegetable eggplant',
      '紫皮长茄子，一棵结很多。', 'Long purple eggplants. Each plant gives many.'],
    ['seed-packet-cabbage', '大白菜种子', 'Chinese Cabbage Seeds', 6, 'pack', null, 130, 0.02, [9, 14, 1], 'seeds vegetable cabbage',
      '秋天种下，冬天有白菜吃。', 'Sow in autumn and eat cabbage all winter.'],
    ['seed-packet-watermelon', '西瓜种子', 'Watermelon Seeds', 15, 'pack', 'Jingyan', 70, 0.02, [9, 14, 1], 'seeds fruit watermelon',
      '皮薄瓤红，吃起来很甜。', 'Thin skin, red and very sweet inside.', { d: 10 }],
    ['seed-packet-carrot', '胡萝卜种子', 'Carrot Seeds', 6.5, 'pack', null, 90, 0.02, [9, 14, 1], 'seeds vegetable carrot',
      '好种好管，萝卜又长又直。', 'Easy to grow. Long, straight carrots.'],
    ['seed-packet-beans', '豆角种子', 'Green Bean Seeds', 9, 'pack', null, 85, 0.05, [9, 14, 2], 'seeds vegetable beans',
      '搭架子种，一茬接一茬结豆角。', 'Climbing beans that keep giving pods all summer.'],
    ['net-seed-potatoes', '土豆种薯', 'Seed Potatoes (per kg)', 3.6, 'kg', null, 300, 1, [20, 15, 10], 'seeds potato bulk',
      '土豆种薯，按公斤卖，十公斤起卖。', 'Seed potatoes sold by the kilo. Ten kilos at least.', { moq: 10 }],
    ['tray-seedlings', '50孔育苗盘', 'Seedling Tray 50 Cells', 2.5, 'tray', null, 3, 0.15, [54, 5, 28], 'seedling tray nursery',
      '育苗用的塑料盘，五个起卖。', 'A plastic tray for raising seedlings. Buy at least five.', { moq: 5 }],
  ],
  'fertilizer-pesticide': [
    ['sack-fertilizer-compound', '复合肥 50kg', 'Compound Fertilizer 50kg', 168, 'bag', 'Stanley', 60, 50, [50, 80, 15], 'fertilizer npk',
      '氮磷钾都有，底肥追肥都能用。', 'Has nitrogen, phosphorus and potassium. Use before or while crops grow.', { d: 6 }],
    ['sack-fertilizer-urea', '尿素 40kg', 'Urea Fertilizer 40kg', 115, 'bag', 'Xinlianxin', 70, 40, [45, 75, 14], 'fertilizer nitrogen',
      '氮肥，让庄稼叶子绿、长得快。', 'Nitrogen fertilizer. Makes leaves green and crops grow fast.'],
    ['sack-fertilizer-corn', '玉米专用肥 40kg', 'Corn Fertilizer 40kg', 145, 'bag', 'Kingenta', 45, 40, [45, 75, 14], 'fertilizer corn',
      '专门给玉米用的肥，一亩地一袋。', 'Made for corn. One bag for one mu of land.'],
    ['sack-fertilizer-organic', '生物有机肥 40kg', 'Organic Fertilizer 40kg', 39.9, 'bag', null, 90, 40, [45, 75, 14], 'fertilizer organic',
      '发酵好的有机肥，养地，不烧苗。', 'Well-rotted organic fertilizer. Makes soil better and does not burn seedlings.'],
    ['sack-worm-compost', '蚯蚓粪 20kg', 'Worm Compost 20kg', 28, 'bag', null, 40, 20, [40, 60, 12], 'fertilizer organic compost',
      '蚯蚓粪肥，种菜养花都好用。', 'Earthworm compost for vegetables and flowers.'],
    ['pouch-leaf-fertilizer', '磷酸二氢钾 1kg', 'Leaf Spray Fertilizer 1kg', 18, 'bag', null, 100, 1, [16, 24, 4], 'fertilizer foliar',
      '兑水喷在叶子上，果子长得大。', 'Mix with water and spray on leaves for bigger fruit.'],
    ['bottle-flower-fertilizer', '花肥 500g', 'Flower Fertilizer 500g', 9.9, 'bottle', null, 80, 0.5, [8, 16, 8], 'fertilizer flowers',
      '给家里的花草用，隔几天放一点。', 'For potted flowers at home. Add a little every few days.'],
    ['bottle-weed-killer', '除草剂 1L', 'Weed Killer 1L', 35, 'bottle', null, 65, 1.1, [10, 26, 7], 'herbicide weeds',
      '喷在杂草上，几天草就死了。别喷到庄稼上。', 'Kills weeds in a few days. Do not spray it on crops.'],
    ['pouch-insecticide', '吡虫啉杀虫剂 100g', 'Imidacloprid Insecticide 100g', 12, 'bag', 'Noposion', 110, 0.1, [10, 15, 1], 'insecticide pests',
      '专治蚜虫、飞虱，兑水喷洒。', 'Kills aphids and planthoppers. Mix with water and spray.'],
    ['pouch-fungicide', '多菌灵杀菌剂 500g', 'Carbendazim Fungicide 500g', 15, 'bag', null, 55, 0.5, [14, 20, 3], 'fungicide disease',
      '防庄稼烂根、叶子起斑。', 'Stops root rot and spots on leaves.'],
    ['mouse-trap', '粘鼠板', 'Sticky Rat Board', 2, 'sheet', null, 4, 0.1, [32, 1, 22], 'pest-control rats',
      '放在墙角，老鼠一踩就粘住。十张起卖。', 'Put it by the wall. Rats get stuck on it. Buy at least ten.', { moq: 10 }],
  ],
  'farm-tools': [
    ['pick', '锰钢锄头', 'Steel Hoe with Handle', 45, 'piece', null, 40, 1.8, [25, 120, 10], 'hoe tools weeding',
      '锄地、除草、挖沟都好用，带木把。', 'For hoeing, weeding and digging ditches. Wooden handle included.'],
    ['axe', '劈柴斧头', 'Wood-Splitting Axe', 38, 'piece', null, 35, 1.5, [18, 60, 5], 'axe tools firewood',
      '劈柴用，斧头快又结实。', 'A sharp, strong axe for splitting firewood.'],
    ['carpentry-saw', '手锯', 'Hand Saw', 25, 'piece', null, 50, 0.5, [12, 55, 3], 'saw tools',
      '锯树枝、锯木头都行。', 'Cuts branches and wood.'],
    ['scissors', '果树修枝剪', 'Pruning Shears', 35, 'piece', 'Deli', 60, 0.3, [8, 22, 3], 'shears tools orchard',
      '剪果树枝、葡萄藤，省力气。', 'Cuts fruit tree branches and vines with little effort.', { d: 10 }],
    ['basket', '竹编菜篮', 'Bamboo Basket', 18, 'piece', null, 45, 0.6, [35, 30, 25], 'basket bamboo',
      '手工编的竹篮子，装菜装鸡蛋。', 'A handmade bamboo basket for vegetables and eggs.', { war: 'No warranty' }],
    ['ladder', '铝合金人字梯', 'Aluminium Folding Ladder', 199, 'piece', 'Deli', 4, 8, [50, 150, 12], 'ladder tools',
      '五步梯，摘果子、修房顶用，能折起来。', 'A five-step ladder for picking fruit or fixing the roof. Folds flat.',
      { ret: '60 days return policy', war: '1 year warranty', ship: 'Ships in 1 week' }],
    ['backpack-sprayer', '电动喷雾器 16L', 'Electric Backpack Sprayer 16L', 239, 'piece', 'Shixia', 25, 5, [38, 50, 20], 'sprayer tools',
      '背在身上，按一下就能打药，充一次电用一天。', 'Carry it on your back and spray. One charge lasts a day.',
      { d: 8, war: '1 year warranty' }],
    ['bucket', '加厚塑料水桶', 'Thick Plastic Bucket', 15, 'piece', null, 80, 0.8, [30, 32, 30], 'bucket water',
      '装水、装饲料，摔不坏。', 'For water or feed. Hard to break.', { war: 'No warranty' }],
    ['gloves', '劳保手套 12双', 'Work Gloves 12 Pairs', 19.9, 'pack', null, 100, 0.6, [20, 25, 8], 'gloves work',
      '干农活戴上，手不容易磨破。', 'Wear them for farm work to protect your hands.', { war: 'No warranty', ret: '7 days return policy' }],
    ['knot', '尼龙绳 50米', 'Nylon Rope 50m', 22, 'roll', null, 55, 0.8, [20, 10, 20], 'rope tools',
      '捆柴、晒衣服、绑东西都能用。', 'For tying firewood, drying clothes or binding things.', { war: 'No warranty' }],
    ['wheelbarrow', '独轮手推车', 'Wheelbarrow', 260, 'piece', null, 3, 18, [60, 60, 140], 'wheelbarrow transport',
      '运土、拉肥、推粮食，省力气。', 'Moves soil, manure or grain with less effort.',
      { war: '6 months warranty', ship: 'Ships in 1 week' }],
    ['toolbox', '家用工具箱', 'Home Tool Kit', 89, 'set', 'Deli', 30, 2.2, [36, 12, 20], 'tools repair',
      '锤子、钳子、螺丝刀都有，家里修东西用。', 'Hammer, pliers and screwdrivers for fixing things at home.',
      { d: 15, war: '1 year warranty' }],
  ],
  'clothing-shoes': [
    ['t-shirt', '纯棉短袖T恤', 'Cotton T-Shirt', 29.9, 'piece', null, 90, 0.2, [25, 3, 30], 't-shirt cotton summer',
      '纯棉的，吸汗透气，干活穿舒服。', 'Pure cotton. Soaks up sweat and stays cool for work.'],
    ['jeans', '男士牛仔裤', "Men's Jeans", 59.9, 'piece', 'Jeanswest', 45, 0.6, [30, 4, 35], 'jeans trousers',
      '耐磨结实，干活出门都能穿。', 'Strong jeans for work or going out.', { d: 10 }],
    ['coat', '加厚棉袄', 'Padded Winter Coat', 129, 'piece', null, 1, 1.2, [40, 10, 50], 'coat winter',
      '里面是棉花，冬天穿着暖和。', 'Filled with cotton. Keeps you warm in winter.', { ret: '30 days return policy' }],
    ['womans-clothes', '女士开衫', "Women's Cardigan", 49, 'piece', null, 40, 0.4, [30, 4, 35], 'cardigan women',
      '软和的毛衣开衫，春秋天穿。', 'A soft knitted cardigan for spring and autumn.'],
    ['socks', '棉袜 10双', 'Cotton Socks 10 Pairs', 19.9, 'pack', 'Langsha', 120, 0.4, [20, 6, 25], 'socks cotton',
      '纯棉袜子，穿着不臭脚。', 'Cotton socks that keep feet fresh.'],
    ['mans-shoe', '老北京布鞋', 'Old Beijing Cloth Shoes', 39, 'pair', null, 55, 0.6, [30, 11, 18], 'shoes cloth',
      '软底布鞋，走路不累脚。', 'Soft-soled cloth shoes. Easy on the feet.'],
    ['womans-boot', '高筒雨靴', 'Tall Rain Boots', 35, 'pair', 'Warrior', 60, 1.3, [32, 40, 14], 'boots rain',
      '下雨、下田都不怕，防水防滑。', 'Waterproof and non-slip for rain and wet fields.'],
    ['running-shoe', '轻便运动鞋', 'Light Sports Shoes', 89, 'pair', 'Anta', 35, 0.8, [32, 12, 20], 'shoes sports',
      '鞋底软，走路轻松，老人也能穿。', 'Soft soles for easy walking. Good for older people too.', { d: 15 }],
    ['thong-sandal', '防滑拖鞋', 'Non-Slip Slippers', 9.9, 'pair', null, 100, 0.3, [28, 6, 12], 'slippers summer',
      '防滑拖鞋，在家、洗澡都能穿。', 'Non-slip slippers for home and the shower.'],
    ['womans-hat', '遮阳草帽', 'Straw Sun Hat', 15, 'piece', null, 70, 0.15, [40, 12, 40], 'hat sun summer',
      '帽檐大，下地干活挡太阳。', 'A wide brim keeps the sun off in the fields.'],
    ['umbrella', '折叠雨伞', 'Folding Umbrella', 25, 'piece', 'Paradise', 65, 0.35, [6, 28, 6], 'umbrella rain',
      '结实不怕风，能挡雨也能挡太阳。', 'Strong in the wind. Keeps off rain and sun.'],
    ['scarf', '保暖围巾', 'Warm Scarf', 29, 'piece', null, 50, 0.2, [20, 4, 25], 'scarf winter',
      '毛线织的围巾，冬天戴着暖和。', 'A knitted scarf to keep your neck warm in winter.'],
  ],
  'small-appliances': [
    ['rice-cooker', '电饭煲 4L', 'Rice Cooker 4L', 159, 'piece', 'Midea', 40, 3, [30, 28, 30], 'rice-cooker kitchen appliance',
      '按一下就能煮饭，还能保温。', 'Press one button to cook rice. It keeps the rice warm too.', { d: 10 }],
    ['electric-kettle', '电热水壶 1.7L', 'Electric Kettle 1.7L', 69, 'piece', 'Supor', 50, 1.1, [22, 24, 16], 'kettle kitchen appliance',
      '几分钟烧开一壶水，水开了自己断电。', 'Boils water in minutes and turns itself off.'],
    ['standing-fan', '落地电风扇', 'Standing Electric Fan', 129, 'piece', 'Midea', 25, 5, [40, 110, 40], 'fan summer appliance',
      '风大声音小，还能摇头。', 'Strong, quiet wind. Turns from side to side.'],
    ['sun-heater', '小太阳取暖器', 'Electric Heater', 99, 'piece', 'Gree', 20, 2.5, [35, 45, 25], 'heater winter appliance',
      '一开就热，倒了会自动断电。', 'Warm in seconds. Turns off if it falls over.', { d: 10 }],
    ['light-bulb', 'LED灯泡 3只', 'LED Bulbs 3 Pack', 19.9, 'pack', 'Opple', 100, 0.2, [18, 12, 6], 'light-bulb lighting',
      '又亮又省电。', 'Bright and saves power.', { ret: '7 days return policy', war: '6 months warranty' }],
    ['flashlight', '充电手电筒', 'Rechargeable Flashlight', 29.9, 'piece', null, 80, 0.3, [6, 20, 6], 'flashlight lighting',
      '走夜路、停电都能用，充一次电用好几天。', 'For walking at night and power cuts. One charge lasts days.',
      { war: '6 months warranty' }],
    ['radio', '老人收音机', 'Radio for Seniors', 69, 'piece', 'Amoi', 45, 0.4, [16, 10, 6], 'radio senior',
      '能听广播、听戏、听评书，按键大。', 'Listen to the radio, opera and stories. Big, easy buttons.'],
    ['television', '32寸液晶电视', '32-inch LCD TV', 699, 'piece', 'TCL', 2, 5.5, [73, 45, 10], 'tv appliance',
      '能连网看电视剧，遥控器按键大。', 'Watch TV shows online. Big buttons on the remote.',
      { war: '2 year warranty', ship: 'Ships in 1 week' }],
    ['power-strip', '插线板 1.8米', 'Power Strip 1.8m', 39.9, 'piece', 'Bull', 90, 0.4, [30, 5, 6], 'power-strip electric',
      '五个插孔，带开关，用电太多会自动断电。', 'Five sockets with a switch. Cuts off if overloaded.'],
    ['alarm-clock', '大字闹钟', 'Big-Number Alarm Clock', 25, 'piece', null, 60, 0.3, [15, 10, 5], 'clock senior',
      '数字大，老人看得清，早上按时叫醒。', 'Big numbers that are easy to read. Wakes you on time.'],
    ['electric-blanket', '双人电热毯', 'Electric Blanket Double', 99, 'piece', 'Caiyang', 0, 1.5, [30, 10, 35], 'blanket winter appliance',
      '冬天铺在床上，睡觉暖和，冷热能调。', 'Warms the bed in winter. You can set the heat.'],
  ],
  'phones-accessories': [
    ['big-button-phone', '老人手机', 'Senior Phone with Big Buttons', 199, 'piece', 'Shouhubao', 35, 0.12, [6, 13, 2], 'phone senior',
      '字大、声音大、按键大，一键打给儿女。', 'Big letters, loud sound and big buttons. One key calls your children.'],
    ['mobile-phone', '红米智能手机', 'Redmi Smartphone', 899, 'piece', 'Redmi', 20, 0.2, [8, 17, 1], 'smartphone phone',
      '能视频通话、看短视频，电池耐用。', 'For video calls and short videos. The battery lasts long.', { d: 5 }],
    ['phone-charger', '快充充电器', 'Fast Phone Charger', 39, 'piece', 'Ugreen', 70, 0.08, [5, 5, 3], 'charger phone',
      '充电快，大部分手机都能用。', 'Charges fast. Works with most phones.'],
    ['charging-cable', 'Type-C数据线 1米', 'USB-C Cable 1m', 15, 'piece', 'Ugreen', 100, 0.03, [10, 10, 2], 'cable phone',
      '给手机充电、传照片用。', 'For charging your phone and moving photos.', { war: '6 months warranty' }],
    ['battery', '充电宝 10000mAh', 'Power Bank 10000mAh', 79, 'piece', 'Xiaomi', 50, 0.25, [7, 15, 2], 'power-bank phone',
      '出门在外手机没电了，拿它充。', 'Charge your phone when you are away from home.', { d: 10 }],
    ['headphone', '有线耳机', 'Wired Earphones', 19.9, 'piece', null, 80, 0.03, [8, 10, 2], 'earphones audio',
      '听歌、打电话都清楚。', 'Clear sound for music and calls.', { war: '3 months warranty' }],
    ['phone-case', '手机壳加钢化膜', 'Phone Case + Screen Guard', 19.9, 'set', null, 90, 0.06, [10, 18, 2], 'phone-case protection',
      '保护手机，摔了也不容易碎屏。', 'Protects your phone and screen if you drop it.',
      { war: 'No warranty', ret: '7 days return policy' }],
    ['watch', '儿童电话手表', 'Kids Phone Watch', 298, 'piece', 'imoo', 2, 0.05, [5, 5, 2], 'watch kids phone',
      '孩子戴着能打电话，家里也能看到孩子在哪儿。', 'Kids can make calls, and you can see where they are.'],
    ['dance-speaker', '广场舞音箱', 'Square Dance Speaker', 168, 'piece', 'Shinco', 25, 3, [25, 35, 20], 'speaker audio dance',
      '声音大，能插U盘，跳广场舞用。', 'A loud speaker that plays music from a USB stick. For square dancing.', { d: 8 }],
    ['microphone', 'K歌话筒', 'Karaoke Microphone', 59, 'piece', null, 40, 0.3, [6, 25, 6], 'microphone karaoke',
      '连上手机就能唱歌。', 'Connect it to your phone and sing.', { war: '6 months warranty' }],
    ['memory-card', '内存卡 64G', 'Memory Card 64GB', 29.9, 'piece', 'SanDisk', 60, 0.01, [2, 2, 1], 'memory-card storage',
      '存照片、视频和歌，插在手机里用。', 'Stores photos, videos and songs. Goes in your phone.'],
  ],
  'baby': [
    ['pack-diapers', '纸尿裤 L码 54片', 'Diapers Size L 54 Pcs', 89, 'pack', 'Pampers', 70, 1.8, [30, 22, 18], 'diapers baby',
      '软和透气，一晚上不漏。', 'Soft and dry all night. No leaks.', { d: 12 }],
    ['tin-infant-formula', '婴儿奶粉 800g', 'Infant Formula 800g', 228, 'can', 'Feihe', 30, 1.1, [13, 18, 13], 'formula milk baby',
      '适合6到12个月的宝宝，好冲好喝。', 'For babies 6 to 12 months old. Easy to mix.', { ret: 'No return policy' }],
    ['baby-bottle', '宽口玻璃奶瓶', 'Glass Baby Bottle', 49, 'piece', 'Pigeon', 45, 0.25, [8, 18, 8], 'bottle baby',
      '玻璃奶瓶，好清洗，能用开水烫。', 'A glass bottle that is easy to clean with boiling water.'],
    ['pack-baby-wipes', '婴儿湿巾 5包', 'Baby Wipes 5 x 80', 29.9, 'pack', null, 80, 1.5, [20, 15, 25], 'wipes baby',
      '擦手、擦屁股都行，不含酒精。', 'For hands and bottoms. No alcohol.'],
    ['box-baby-cereal', '婴儿米粉 400g', 'Baby Rice Cereal 400g', 45, 'box', 'Heinz', 40, 0.45, [14, 20, 7], 'cereal baby food',
      '宝宝六个月起吃的辅食，温水一冲就好。', 'First food for babies from six months. Just add warm water.', { ret: 'No return policy' }],
    ['teddy-bear', '毛绒小熊', 'Plush Teddy Bear', 39, 'piece', null, 35, 0.3, [25, 35, 15], 'toy plush',
      '软软的小熊，陪宝宝睡觉。', 'A soft bear to sleep with.', { ret: '30 days return policy' }],
    ['puzzle-piece', '儿童积木', 'Kids Building Blocks', 59, 'set', null, 30, 1, [30, 20, 15], 'toy blocks',
      '大颗粒积木，动手又动脑。', 'Big blocks that train hands and minds.', { d: 15, ret: '30 days return policy' }],
    ['kids-thermal-set', '儿童秋衣秋裤', 'Kids Thermal Underwear Set', 39.9, 'set', 'Balabala', 45, 0.35, [25, 4, 30], 'clothes kids',
      '纯棉秋衣秋裤，孩子穿着暖和。', 'Cotton long underwear to keep children warm.'],
    ['kick-scooter', '儿童滑板车', 'Kids Kick Scooter', 99, 'piece', null, 20, 3, [55, 30, 15], 'toy scooter outdoor',
      '三个轮子，稳当不容易倒，轮子会发光。', 'Three wheels, steady and hard to tip over. The wheels light up.',
      { ret: '30 days return policy', war: '6 months warranty', ship: 'Ships in 3-5 business days' }],
    ['kite', '卡通风筝', 'Cartoon Kite', 19.9, 'piece', null, 0, 0.3, [70, 5, 10], 'toy kite outdoor',
      '春天带孩子去地里放风筝。', 'Fly it with the children in spring.'],
  ],
  'health': [
    ['face-with-medical-mask', '一次性口罩 50只', 'Disposable Masks 50 Pcs', 15.9, 'box', 'Winner', 150, 0.2, [18, 10, 10], 'masks protection',
      '三层防护，出门赶集戴上。', 'Three layers. Wear one when going to the market.'],
    ['adhesive-bandage', '创可贴 100片', 'Adhesive Bandages 100 Pcs', 12, 'box', 'Yunnan Baiyao', 120, 0.1, [10, 8, 5], 'bandages first-aid',
      '小伤口贴一片，好得快。', 'Put one on a small cut to help it heal.'],
    ['thermometer', '电子体温计', 'Digital Thermometer', 19.9, 'piece', 'Omron', 60, 0.03, [3, 14, 2], 'thermometer fever',
      '夹在胳肢窝下，一分钟就有结果，会响。', 'Put it under the arm. It beeps with the result in a minute.',
      { war: '1 year warranty', ret: '30 days return policy' }],
    ['bp-monitor', '电子血压计', 'Blood Pressure Monitor', 199, 'piece', 'Omron', 12, 0.5, [15, 10, 12], 'blood-pressure senior',
      '在家量血压，数字大，还会说话报数。', 'Check blood pressure at home. Big numbers, and it speaks the result.',
      { d: 10, war: '2 year warranty', ret: '30 days return policy' }],
    ['glucose-meter', '血糖仪套装', 'Blood Sugar Meter Kit', 129, 'set', 'Yuwell', 25, 0.3, [15, 6, 12], 'blood-sugar senior',
      '扎一下手指，几秒钟就知道血糖高不高。', 'Prick a finger and know your blood sugar in seconds.',
      { war: '1 year warranty', ret: '30 days return policy' }],
    ['glasses', '老花镜', 'Reading Glasses', 25, 'piece', null, 80, 0.05, [14, 5, 4], 'glasses senior',
      '看手机、看报纸不费眼，有多种度数。', 'See your phone and the newspaper clearly. Many strengths.',
      { ret: '7 days return policy' }],
    ['crutch', '可调节拐杖', 'Adjustable Crutch', 59, 'piece', null, 30, 0.8, [20, 100, 8], 'walking-aid senior',
      '高低能调，底下防滑，走路更稳。', 'Height adjusts and the foot does not slip. Walk more steadily.',
      { ret: '30 days return policy', war: '6 months warranty' }],
    ['bottle-iodine', '碘伏消毒液 100ml', 'Iodine Antiseptic 100ml', 6.5, 'bottle', null, 100, 0.13, [5, 12, 5], 'antiseptic first-aid',
      '小伤口擦一擦，消毒不疼。', 'Cleans small wounds. It does not sting.'],
    ['pouch-heat-patches', '暖宝宝 10片', 'Heat Patches 10 Pcs', 15.9, 'pack', null, 0, 0.4, [15, 20, 4], 'heat-patch winter',
      '贴在衣服上，能热十几个小时。', 'Stick one on your clothes. It stays warm for over ten hours.'],
    ['bottle-cooling-oil', '风油精 6ml', 'Cooling Oil 6ml', 4.5, 'bottle', null, 90, 0.02, [3, 7, 3], 'cooling-oil summer',
      '蚊子咬了擦一点，清凉止痒。', 'Rub a little on mosquito bites. Cool and stops the itch.'],
    ['bottle-calcium', '钙片 60片', 'Calcium Tablets 60 Pcs', 68, 'bottle', 'Caltrate', 40, 0.15, [6, 11, 6], 'calcium supplement senior',
      '补钙的保健品，一天吃一片。', 'A calcium supplement. Take one tablet a day.', { d: 10 }],
    ['knee-pads', '保暖护膝 1对', 'Warm Knee Pads', 29.9, 'pair', null, 50, 0.2, [15, 25, 5], 'knee-pads winter senior',
      '冬天护住膝盖，腿不怕冷。', 'Keeps your knees warm in winter.', { ret: '7 days return policy' }],
  ],
};

// ---------------------------------------------------------------------------------------------
const UNITS = ['bag', 'bottle', 'bucket', 'box', 'pack', 'piece', 'pair', 'set', 'kg', 'jin', 'roll', 'can', 'sheet', 'tray'];
const RETURN_POLICIES = ['No return policy', '7 days return policy', '30 days return policy', '60 days return policy', '90 days return policy'];
// Ratings come from a fixed table, picked by id, so reruns give the same numbers.
const RATINGS = [4.6, 4.1, 3.8, 4.9, 4.3, 3.5, 4.7, 4.0, 4.4, 3.2, 4.8, 4.2, 3.9, 5.0, 4.5, 3.6, 4.3, 4.7, 3.0, 4.1, 4.6, 3.7, 4.4];

const ean13 = (twelve) => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 ? 3 : 1);
  return twelve + String((10 - (sum % 10)) % 10);
};
const pad = (n, w) => String(n).padStart(w, '0');
const status = (stock) => (stock === 0 ? 'Out of Stock' : stock <= 5 ? 'Low Stock' : 'In Stock');

function loadIcons() {
  if (!existsSync(ICONS_JSON)) throw new Error(`icon set missing: ${ICONS_JSON} (run npm install)`);
  const pkg = JSON.parse(readFileSync(ICONS_PKG, 'utf8'));
  if (pkg.version !== ICON_VERSION) throw new Error(`expected @iconify-json/fluent-emoji-flat ${ICON_VERSION}, found ${pkg.version}`);
  return JSON.parse(readFileSync(ICONS_JSON, 'utf8'));
}

function svgFor(set, name) {
  const icon = set.icons[name];
  if (!icon) throw new Error(`icon "${name}" is not in fluent-emoji-flat ${ICON_VERSION}`);
  const w = icon.width ?? set.width ?? 32;
  const h = icon.height ?? set.height ?? 32;
  const l = icon.left ?? 0;
  const t = icon.top ?? 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${l} ${t} ${w} ${h}" width="${w}" height="${h}">${icon.body}</svg>\n`;
}

/** The SVG for a picture name: composed when PICTURES has it, else the plain emoji. */
function pictureFor(set, name) {
  return PICTURES[name] ? pictureSvg(set, PICTURES[name]) : svgFor(set, name);
}

/** The emoji a picture name needs from the set. */
const iconsFor = (name) => (PICTURES[name] ? iconsOf(PICTURES[name]) : [name]);

function buildProducts() {
  const products = [];
  for (const cat of CATEGORIES) {
    const rows = ROWS[cat.slug];
    if (!rows) throw new Error(`no products for category ${cat.slug}`);
    for (const row of rows) {
      const [icon, titleZh, title, price, unit, brand, stock, weight, [width, height, depth], tags, descriptionZh, description, x = {}] = row;
      const id = products.length + 1;
      const p = {
        id,
        title,
        description,
        category: cat.slug,
        price,
        discountPercentage: x.d ?? 0,
        rating: RATINGS[(id * 7) % RATINGS.length],
        stock,
        tags: tags.split(' '),
      };
      if (brand !== null) p.brand = brand;
      Object.assign(p, {
        sku: `CZ-${cat.code}-${pad(id, 4)}`,
        weight,
        dimensions: { width, height, depth },
        warrantyInformation: x.war ?? cat.war,
        shippingInformation: x.ship ?? cat.ship,
        availabilityStatus: status(stock),
        reviews: [],
        returnPolicy: x.ret ?? cat.ret,
        minimumOrderQuantity: x.moq ?? 1,
        meta: { createdAt: STAMP, updatedAt: STAMP, barcode: ean13(`692026${pad(id, 6)}`), qrCode: '' },
        images: [`/img/p/${icon}.svg`],
        thumbnail: `/img/p/${icon}.svg`,
        titleZh,
        descriptionZh,
        unit,
      });
      products.push(p);
    }
  }
  for (const slug of Object.keys(ROWS)) {
    if (!CATEGORIES.some((c) => c.slug === slug)) throw new Error(`rows for unknown category ${slug}`);
  }
  return products;
}

const REQUIRED = ['id', 'title', 'description', 'category', 'price', 'discountPercentage', 'rating', 'stock', 'tags', 'sku',
  'weight', 'dimensions', 'warrantyInformation', 'shippingInformation', 'availabilityStatus', 'reviews', 'returnPolicy',
  'minimumOrderQuantity', 'meta', 'images', 'thumbnail', 'titleZh', 'descriptionZh', 'unit'];
const ALLOWED = new Set([...REQUIRED, 'brand']);

function validate(products, categories) {
  const errors = [];
  const err = (m) => errors.push(m);
  const ids = new Set();
  const skus = new Set();
  const has2dp = (n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-9;
  products.forEach((p, i) => {
    const at = `product ${p.id} (${p.title})`;
    for (const k of REQUIRED) if (!(k in p)) err(`${at}: missing ${k}`);
    for (const k of Object.keys(p)) if (!ALLOWED.has(k)) err(`${at}: unexpected field ${k}`);
    if ('brand' in p && (typeof p.brand !== 'string' || !p.brand)) err(`${at}: brand must be absent or a string`);
    if (!Number.isInteger(p.id) || p.id !== i + 1) err(`${at}: ids must be 1..N in order`);
    if (ids.has(p.id)) err(`${at}: duplicate id`);
    ids.add(p.id);
    if (skus.has(p.sku)) err(`${at}: duplicate sku`);
    skus.add(p.sku);
    if (!/^CZ-[A-Z]{3}-\d{4}$/.test(p.sku)) err(`${at}: bad sku ${p.sku}`);
    if (!categories.some((c) => c.slug === p.category)) err(`${at}: unknown category`);
    if (typeof p.price !== 'number' || !(p.price > 0) || !has2dp(p.price)) err(`${at}: bad price ${p.price}`);
    if (typeof p.discountPercentage !== 'number' || p.discountPercentage < 0 || p.discountPercentage > 20 || !has2dp(p.discountPercentage))
      err(`${at}: bad discount`);
    if (!(p.rating >= 3 && p.rating <= 5) || Math.abs(Math.round(p.rating * 10) - p.rating * 10) > 1e-9) err(`${at}: bad rating`);
    if (!Number.isInteger(p.stock) || p.stock < 0) err(`${at}: bad stock`);
    if (p.availabilityStatus !== status(p.stock)) err(`${at}: availabilityStatus ${p.availabilityStatus} vs stock ${p.stock}`);
    if (!Number.isInteger(p.minimumOrderQuantity) || p.minimumOrderQuantity < 1) err(`${at}: bad minimumOrderQuantity`);
    if (!RETURN_POLICIES.includes(p.returnPolicy)) err(`${at}: bad returnPolicy`);
    if (!UNITS.includes(p.unit)) err(`${at}: bad unit ${p.unit}`);
    if (!Array.isArray(p.tags) || !p.tags.length || p.tags.some((t) => t !== t.toLowerCase())) err(`${at}: bad tags`);
    if (!(p.weight > 0)) err(`${at}: bad weight`);
    for (const d of ['width', 'height', 'depth']) if (!(p.dimensions[d] > 0)) err(`${at}: bad dimension ${d}`);
    if (!/^\d{13}$/.test(p.meta.barcode)) err(`${at}: bad barcode`);
    if (p.title.length > 40) err(`${at}: English title longer than 40 characters`);
    if ([...p.titleZh].length > 12) console.warn(`note: ${at}: Chinese title "${p.titleZh}" is longer than 12 characters`);
    for (const img of [...p.images, p.thumbnail]) {
      if (!/^\/img\/p\/[a-z0-9-]+\.svg$/.test(img)) err(`${at}: bad image path ${img}`);
      else if (!existsSync(join(ROOT, 'public', img))) err(`${at}: missing file ${img}`);
    }
  });
  // A picture names one thing: no two products share a picture, and no two pictures are the same
  // drawing under two names; the category tiles differ from each other too.
  const seen = new Map();
  const bytes = new Map();
  const same = (file, what) => {
    const path = join(ROOT, 'public', file);
    if (!existsSync(path)) return;
    const b = readFileSync(path, 'utf8');
    if (bytes.has(b) && bytes.get(b) !== file) err(`${what}: ${file} draws the same picture as ${bytes.get(b)}`);
    bytes.set(b, file);
  };
  for (const p of products) {
    if (seen.has(p.thumbnail)) err(`product ${p.id} (${p.title}): shares its picture ${p.thumbnail} with product ${seen.get(p.thumbnail)}`);
    seen.set(p.thumbnail, p.id);
    same(p.thumbnail, `product ${p.id} (${p.title})`);
  }
  bytes.clear();
  const icons = new Map();
  for (const c of categories) {
    const icon = CATEGORIES.find((k) => k.slug === c.slug)?.icon;
    if (icons.has(icon)) err(`category ${c.slug}: shares its picture ${icon} with category ${icons.get(icon)}`);
    icons.set(icon, c.slug);
    same(c.icon, `category ${c.slug}`);
  }
  for (const c of categories) {
    const n = products.filter((p) => p.category === c.slug).length;
    if (n < 8) err(`category ${c.slug} has only ${n} products`);
    if (c.url !== `/products/category/${c.slug}`) err(`category ${c.slug}: bad url`);
    if (!existsSync(join(ROOT, 'public', c.icon))) err(`category ${c.slug}: missing icon file ${c.icon}`);
  }
  const strings = [];
  const walk = (v) => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(products);
  walk(categories);
  for (const s of strings) if (/http/i.test(s)) err(`string contains "http": ${s}`);
  if (errors.length) throw new Error(`catalog validation failed:\n  ${errors.join('\n  ')}`);
}

function writeIcons(set, dir, names) {
  mkdirSync(dir, { recursive: true });
  // Remove stale pictures so the folder holds exactly what the catalog uses.
  for (const f of readdirSync(dir)) if (f.endsWith('.svg') && !names.has(f.slice(0, -4))) unlinkSync(join(dir, f));
  for (const name of [...names].sort()) writeFileSync(join(dir, `${name}.svg`), pictureFor(set, name));
}

/** Villager avatars, in the order of `AVATARS` in src/domain/station.rs (file `a/<index>.svg`). */
const AVATARS = ['old-woman', 'old-man', 'older-person', 'woman-farmer', 'man-farmer', 'woman-white-hair',
  'man-white-hair', 'woman', 'man', 'man-beard', 'girl', 'boy'];

function main() {
  const set = loadIcons();
  // Check every icon name before writing anything.
  const productIcons = new Set();
  for (const rows of Object.values(ROWS)) for (const r of rows) productIcons.add(r[0]);
  const used = [...productIcons, ...CATEGORIES.map((c) => c.icon)];
  const missing = [...new Set(used.flatMap(iconsFor))].filter((n) => !set.icons[n]);
  if (missing.length) throw new Error(`icons not in fluent-emoji-flat ${ICON_VERSION}: ${missing.join(', ')}`);
  const unused = Object.keys(PICTURES).filter((n) => !used.includes(n));
  if (unused.length) throw new Error(`pictures defined but used by no product or category: ${unused.join(', ')}`);
  const big = Object.keys(PICTURES).filter((n) => pictureFor(set, n).length > MAX_COMPOSED_BYTES);
  if (big.length) throw new Error(`composed pictures over ${MAX_COMPOSED_BYTES} bytes: ${big.join(', ')}`);

  const products = buildProducts();
  const categories = CATEGORIES.map((c) => ({
    slug: c.slug, name: c.name, url: `/products/category/${c.slug}`, nameZh: c.nameZh, icon: `/img/c/${c.slug}.svg`,
  }));

  writeIcons(set, IMG_P, productIcons);
  mkdirSync(IMG_C, { recursive: true });
  // generic.svg is the parcel shown when neither a picture nor a category pictogram exists.
  const slugs = new Set([...CATEGORIES.map((c) => c.slug), 'generic']);
  for (const f of readdirSync(IMG_C)) if (f.endsWith('.svg') && !slugs.has(f.slice(0, -4))) unlinkSync(join(IMG_C, f));
  for (const c of CATEGORIES) writeFileSync(join(IMG_C, `${c.slug}.svg`), pictureFor(set, c.icon));

  mkdirSync(IMG_A, { recursive: true });
  AVATARS.forEach((name, i) => writeFileSync(join(IMG_A, `${i}.svg`), svgFor(set, name)));

  mkdirSync(DATA_DIR, { recursive: true });
  // One product per line: small, and diffs stay readable.
  const productsJson = `{"products":[\n${products.map((p) => JSON.stringify(p)).join(',\n')}\n],"total":${products.length},"skip":0,"limit":${products.length}}\n`;
  writeFileSync(join(DATA_DIR, 'products.json'), productsJson);
  writeFileSync(join(DATA_DIR, 'categories.json'), `[\n${categories.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);

  validate(JSON.parse(readFileSync(join(DATA_DIR, 'products.json'), 'utf8')).products,
    JSON.parse(readFileSync(join(DATA_DIR, 'categories.json'), 'utf8')));

  const count = (f) => products.filter(f).length;
  console.log(`catalog: ${products.length} products in ${categories.length} categories; ` +
    `${productIcons.size} product pictures (${[...productIcons].filter((n) => PICTURES[n]).length} composed), ` +
    `${categories.length} category pictures; ` +
    `products.json ${statSync(join(DATA_DIR, 'products.json')).size} bytes`);
  console.log(`  no brand: ${count((p) => !('brand' in p))}, discounted: ${count((p) => p.discountPercentage > 0)}, ` +
    `low stock: ${count((p) => p.availabilityStatus === 'Low Stock')}, out of stock: ${count((p) => p.stock === 0)}, ` +
    `minimum order above stock (in stock): ${count((p) => p.stock > 0 && p.minimumOrderQuantity > p.stock)}`);
  console.log(`  units used: ${[...new Set(products.map((p) => p.unit))].sort().join(' ')}`);
}

main();

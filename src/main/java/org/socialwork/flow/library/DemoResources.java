package org.socialwork.flow.library;

import java.time.Clock;
import java.time.LocalDateTime;
import org.socialwork.flow.organization.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** With the demo district: a first resource library for Taiyanggong (the seed names 35 enterprises in its library). */
@Component
@Order(1)
class DemoResources implements ApplicationRunner {

  private final LibraryMapper library;
  private final Clock clock;
  private final DemoData demoData;

  DemoResources(LibraryMapper library, Clock clock, DemoData demoData) {
    this.library = library;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.taiyanggong() || library.countResources() > 0) {
      return;
    }
    add("industry", "太阳宫地区企业联盟", "辖区 35 家企业参与的公益资源联盟，可提供物资捐赠与志愿服务", null, null);
    add("governance", "太阳宫地区社会工作服务中心", "“1+6+12+N”体系的地区服务中心，统筹督导与项目", "服务中心办公室", null);
    add("governance", "街道民政科", "低保、特困、临时救助等政策申请", "民政科窗口", null);
    add("scenery", "太阳宫公园", "适合开展户外小组活动与健步走", null, null);
    add("place", "西坝河北里社区食堂", "老年助餐点，可送餐上门", "食堂负责人", "xbhbl");
    add("people", "西坝河北里为老志愿服务队", "定期探访、陪同就医、代购", "志愿者队长", "xbhbl");
    add("place", "西坝河北里社区党群服务中心活动室", "可预约开展小组活动与讲座", "社区居委会", "xbhbl");
    add("culture", "尚家楼社区合唱团", "老年文化活动，欢迎新成员", "合唱团团长", "sjl");
  }

  private void add(String dimension, String name, String description, String contact, String station) {
    library.insertResource(new Resource(null, dimension, name, description, contact, station, true, "admin",
        LocalDateTime.now(clock)));
  }
}
